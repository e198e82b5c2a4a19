import { and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf } from '../../ground/database/query-helpers';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { chequesTable } from '../cheques/cheques.tables';

/** Where a student goes for a visit: the client's name and address, and its place on the map. */
export const visitAddressColumns = {
  ...columnsOf(clientsTable, ['firstName', 'lastName', 'street', 'postcode', 'city', 'lat', 'lon']),
};

/** The home-help organisation's queue of cheques waiting for a visit and its students' planning. */
export function createVisitPlanningRepository({ db }: { db: Database }) {
  return {
    /** Cheques of the organisation waiting for a visit, oldest first. */
    async listQueue({
      homeHelpOrgId,
      tenantId,
      neighbourhood,
      language,
      purpose,
      chequeId,
    }: {
      homeHelpOrgId: string;
      tenantId?: string | undefined;
      neighbourhood?: string | undefined;
      language?: string | undefined;
      purpose?: 'installation' | 'free' | undefined;
      chequeId?: string | undefined;
    }) {
      const waitingSince = sql<Date>`CASE WHEN ${chequesTable.status} = 'requested' THEN ${chequesTable.updatedAt} ELSE ${chequesTable.issuedAt} END`;
      const conditions: SQL[] = [
        eq(chequesTable.homeHelpOrgId, homeHelpOrgId),
        sql`(${chequesTable.status} = 'requested' OR (${chequesTable.status} = 'issued' AND ${chequesTable.purpose} = 'installation'))`,
      ];
      if (tenantId) conditions.push(eq(chequesTable.tenantId, tenantId));
      if (neighbourhood) conditions.push(eq(clientsTable.neighbourhood, neighbourhood));
      if (language) conditions.push(eq(clientsTable.preferredLanguage, language));
      if (purpose) conditions.push(eq(chequesTable.purpose, purpose));
      if (chequeId) conditions.push(eq(chequesTable.id, chequeId));
      const rows = await db
        .select({
          chequeId: chequesTable.id,
          ...columnsOf(chequesTable, ['tenantId', 'clientId', 'status', 'purpose', 'validUntil']),
          tenantName: tenantsTable.name,
          ...columnsOf(clientsTable, ['firstName', 'lastName', 'neighbourhood', 'phone']),
          language: clientsTable.preferredLanguage,
          needsInterpreter: clientsTable.needsInterpreter,
          waitingSince: sql<string>`${waitingSince}`.mapWith((value) => new Date(value as string)),
        })
        .from(chequesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
        .innerJoin(tenantsTable, eq(tenantsTable.id, chequesTable.tenantId))
        .where(and(...conditions))
        .orderBy(asc(waitingSince), asc(chequesTable.id))
        .limit(500);
      return { rows };
    },

    /** The neighbourhoods of the clients whose cheques wait in the organisation's queue, for its filter. */
    async listQueueNeighbourhoods({ homeHelpOrgId }: { homeHelpOrgId: string }) {
      const rows = await db
        .selectDistinct({ neighbourhood: clientsTable.neighbourhood })
        .from(chequesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
        .where(
          and(
            eq(chequesTable.homeHelpOrgId, homeHelpOrgId),
            sql`(${chequesTable.status} = 'requested' OR (${chequesTable.status} = 'issued' AND ${chequesTable.purpose} = 'installation'))`,
            sql`${clientsTable.neighbourhood} IS NOT NULL`,
          ),
        )
        .orderBy(asc(clientsTable.neighbourhood));
      return { neighbourhoods: rows.flatMap((row) => (row.neighbourhood ? [row.neighbourhood] : [])) };
    },

    async listServedTenants({ homeHelpOrgId }: { homeHelpOrgId: string }) {
      const rows = await db
        .selectDistinct({ id: tenantsTable.id, name: tenantsTable.name })
        .from(chequesTable)
        .innerJoin(tenantsTable, eq(tenantsTable.id, chequesTable.tenantId))
        .where(eq(chequesTable.homeHelpOrgId, homeHelpOrgId))
        .orderBy(asc(tenantsTable.name));
      return { tenants: rows };
    },

    async setSchedule({
      chequeId,
      fromStatuses,
      studentUserId,
      appointmentAt,
      at,
    }: {
      chequeId: string;
      fromStatuses: ('issued' | 'requested' | 'scheduled')[];
      studentUserId: string | null;
      appointmentAt: Date | null;
      at: Date;
    }) {
      const rows = await db
        .update(chequesTable)
        .set({
          status: studentUserId ? 'scheduled' : 'requested',
          studentUserId,
          appointmentAt,
          updatedAt: at,
        })
        .where(and(eq(chequesTable.id, chequeId), inArray(chequesTable.status, fromStatuses)))
        .returning({ id: chequesTable.id });
      return { updated: rows.length === 1 };
    },

    /** The student's planned visits between two instants, with where each client lives. */
    async listStudentVisitsBetween({
      homeHelpOrgId,
      studentUserId,
      from,
      to,
    }: {
      homeHelpOrgId: string;
      studentUserId: string;
      from: Date;
      to: Date;
    }) {
      const rows = await db
        .select({
          chequeId: chequesTable.id,
          clientId: chequesTable.clientId,
          appointmentAt: chequesTable.appointmentAt,
          ...visitAddressColumns,
        })
        .from(chequesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
        .where(
          columnsEqual(
            chequesTable,
            { homeHelpOrgId, studentUserId, status: 'scheduled' },
            gte(chequesTable.appointmentAt, from),
            lte(chequesTable.appointmentAt, to),
          ),
        )
        .orderBy(asc(chequesTable.appointmentAt))
        .limit(100);
      return { rows };
    },
  };
}
