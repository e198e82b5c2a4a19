import { desc, inArray, isNull, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { columnsEqual, findLatestOfClient, inTenant } from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { intakesTable } from '../intake/intake.tables';
import { infoMomentInvitationsTable } from './info-moments.tables';

/** The clients who may be invited to an info moment, their latest intakes and the info track closed on them. */
export function createInfoMomentCandidatesRepository({ db }: { db: Database }) {
  return {
    /**
     * Clients whose latest intake is approved, without the info given and not closed, who are not
     * invited to this moment: the candidates the domain then checks against their package.
     */
    async listCandidates({
      tenantId,
      momentId,
      limit,
    }: {
      tenantId: string;
      momentId: string;
      limit: number;
    }) {
      const rows = await queryRows<{
        id: string;
        file_number: string;
        first_name: string;
        last_name: string;
        preferred_language: string;
      }>({
        db,
        query: sql`
          SELECT c.id, c.file_number, c.first_name, c.last_name, c.preferred_language
          FROM ${clientsTable} c
          JOIN LATERAL (
            SELECT i.decision, i.info_session_attended_at, i.closure_kind FROM ${intakesTable} i
            WHERE i.tenant_id = c.tenant_id AND i.client_id = c.id
            ORDER BY i.created_at DESC LIMIT 1
          ) latest ON true
          WHERE c.tenant_id = ${tenantId}
            AND latest.decision = 'approved'
            AND latest.info_session_attended_at IS NULL
            AND latest.closure_kind IS NULL
            AND NOT EXISTS (
              SELECT 1 FROM ${infoMomentInvitationsTable} inv
              WHERE inv.tenant_id = c.tenant_id AND inv.moment_id = ${momentId} AND inv.client_id = c.id
            )
          ORDER BY c.last_name, c.first_name, c.file_number
          LIMIT ${limit}`,
      });
      return { rows };
    },

    /** The latest intake of each of these clients: the trajectory an invitation belongs to. */
    async findLatestIntakes({ tenantId, clientIds }: { tenantId: string; clientIds: string[] }) {
      if (clientIds.length === 0) return { intakes: new Map<string, string>() };
      const rows = await db
        .selectDistinctOn([intakesTable.clientId], { clientId: intakesTable.clientId, id: intakesTable.id })
        .from(intakesTable)
        .where(inTenant(intakesTable, tenantId, inArray(intakesTable.clientId, clientIds)))
        .orderBy(intakesTable.clientId, desc(intakesTable.createdAt));
      return { intakes: new Map(rows.map((row) => [row.clientId, row.id])) };
    },

    /** The client's latest intake and when the info part of their package was given. */
    async findLatestIntake(client: { tenantId: string; clientId: string }) {
      return { intake: await findLatestOfClient(db, intakesTable, client) };
    },

    /** Closes the info track on the intake; a first time it was given stays the time it was given. */
    async markInfoGiven({ tenantId, intakeId, at }: { tenantId: string; intakeId: string; at: Date }) {
      await db
        .update(intakesTable)
        .set({ infoSessionAttendedAt: at, updatedAt: at })
        .where(
          columnsEqual(intakesTable, { tenantId, id: intakeId }, isNull(intakesTable.infoSessionAttendedAt)),
        );
    },
  };
}
