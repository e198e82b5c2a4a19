import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsOf } from '../../ground/database/query-helpers';
import type { Digipunt } from './digipunten.schemas';
import { digipuntenTable } from './digipunten.tables';

const INSERT_CHUNK = 500;

/** What every Digipunt of a directory has; the others are optional. */
const POINT_FIELDS = ['name', 'street', 'postcode', 'city', 'openingHours', 'languages'] as const;

export function createDigipuntenRepository({ db }: { db: Database }) {
  return {
    /** Replaces the tenant's whole directory; call it inside a transaction so readers never see half of one. */
    async replaceDirectory({ tenantId, points }: { tenantId: string; points: Digipunt[] }) {
      await db.delete(digipuntenTable).where(eq(digipuntenTable.tenantId, tenantId));
      // A field the file left empty stays empty (NULL).
      const rows = points.map((point, position) => ({ ...point, tenantId, position }));
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await db.insert(digipuntenTable).values(rows.slice(start, start + INSERT_CHUNK));
      }
      return { count: rows.length };
    },

    /** The tenant's directory, in the order of the imported file. */
    async listDirectory({ tenantId }: { tenantId: string }): Promise<{ points: Digipunt[] }> {
      const rows = await db
        .select(columnsOf(digipuntenTable, [...POINT_FIELDS, 'neighbourhood', 'lat', 'lon', 'phone']))
        .from(digipuntenTable)
        .where(eq(digipuntenTable.tenantId, tenantId))
        .orderBy(asc(digipuntenTable.position));
      return {
        points: rows.map(({ neighbourhood, lat, lon, phone, ...point }) => ({
          ...point,
          ...(neighbourhood ? { neighbourhood } : {}),
          ...(lat !== null && lon !== null ? { lat, lon } : {}),
          ...(phone ? { phone } : {}),
        })),
      };
    },
  };
}
