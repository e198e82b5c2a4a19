import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf, findOne, insertOne } from '../../ground/database/query-helpers';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { trainingLocationsTable } from '../training/training.tables';

/** The places, teachers and partner programmes a training organisation plans its groups with. */
export function createCourseLocationsRepository({ db }: { db: Database }) {
  return {
    async listLocations({ trainingOrgId }: { trainingOrgId: string }) {
      const rows = await db
        .select()
        .from(trainingLocationsTable)
        .where(eq(trainingLocationsTable.trainingOrgId, trainingOrgId))
        .orderBy(asc(trainingLocationsTable.name), asc(trainingLocationsTable.id));
      return { rows };
    },

    async findLocation({ trainingOrgId, locationId }: { trainingOrgId: string; locationId: string }) {
      return { location: await findOne(db, trainingLocationsTable, { id: locationId, trainingOrgId }) };
    },

    async insertLocation({ location }: { location: typeof trainingLocationsTable.$inferInsert }) {
      return { location: await insertOne(db, trainingLocationsTable, location) };
    },

    async updateLocation({
      trainingOrgId,
      locationId,
      values,
    }: {
      trainingOrgId: string;
      locationId: string;
      values: Partial<typeof trainingLocationsTable.$inferInsert>;
    }) {
      const [row] = await db
        .update(trainingLocationsTable)
        .set(values)
        .where(columnsEqual(trainingLocationsTable, { id: locationId, trainingOrgId }))
        .returning();
      return { location: row };
    },

    async listTeachers({ trainingOrgId }: { trainingOrgId: string }) {
      const rows = await db
        .select(columnsOf(usersTable, ['id', 'displayName', 'email', 'disabledAt']))
        .from(usersTable)
        .where(columnsEqual(usersTable, { organisationId: trainingOrgId, role: 'teacher' }))
        .orderBy(asc(usersTable.displayName), asc(usersTable.id));
      return { rows };
    },

    async findTeacher({ trainingOrgId, userId }: { trainingOrgId: string; userId: string }) {
      return {
        teacher: await findOne(db, usersTable, {
          id: userId,
          organisationId: trainingOrgId,
          role: 'teacher',
        }),
      };
    },

    /** The programmes (of any tenant) that chose this organisation as their training partner. */
    async listProgrammes({ trainingOrgId }: { trainingOrgId: string }) {
      const rows = await db
        .select({
          id: programmesTable.id,
          name: programmesTable.name,
          tenantName: tenantsTable.name,
          settings: programmesTable.settings,
        })
        .from(programmesTable)
        .innerJoin(tenantsTable, eq(tenantsTable.id, programmesTable.tenantId))
        .where(columnsEqual(programmesTable, { trainingOrgId, status: 'active' }))
        .orderBy(asc(tenantsTable.name), asc(programmesTable.name));
      return { rows };
    },
  };
}
