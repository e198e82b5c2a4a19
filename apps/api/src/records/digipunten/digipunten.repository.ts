import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import type { Digipunt } from './digipunten.schemas';
import { digipuntenTable } from './digipunten.tables';

const INSERT_CHUNK = 500;

export function createDigipuntenRepository({ db }: { db: Database }) {
  return {
    /** Replaces the tenant's whole directory; call it inside a transaction so readers never see half of one. */
    async replaceDirectory({ tenantId, points }: { tenantId: string; points: Digipunt[] }) {
      await db.delete(digipuntenTable).where(eq(digipuntenTable.tenantId, tenantId));
      const rows = points.map((point, position) => ({
        tenantId,
        position,
        name: point.name,
        street: point.street,
        postcode: point.postcode,
        city: point.city,
        neighbourhood: point.neighbourhood ?? null,
        lat: point.lat ?? null,
        lon: point.lon ?? null,
        openingHours: point.openingHours,
        languages: point.languages,
        phone: point.phone ?? null,
      }));
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await db.insert(digipuntenTable).values(rows.slice(start, start + INSERT_CHUNK));
      }
      return { count: rows.length };
    },

    /** The tenant's directory, in the order of the imported file. */
    async listDirectory({ tenantId }: { tenantId: string }): Promise<{ points: Digipunt[] }> {
      const rows = await db
        .select()
        .from(digipuntenTable)
        .where(eq(digipuntenTable.tenantId, tenantId))
        .orderBy(asc(digipuntenTable.position));
      return {
        points: rows.map((row) => ({
          name: row.name,
          street: row.street,
          postcode: row.postcode,
          city: row.city,
          openingHours: row.openingHours,
          languages: row.languages,
          ...(row.neighbourhood ? { neighbourhood: row.neighbourhood } : {}),
          ...(row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : {}),
          ...(row.phone ? { phone: row.phone } : {}),
        })),
      };
    },
  };
}
