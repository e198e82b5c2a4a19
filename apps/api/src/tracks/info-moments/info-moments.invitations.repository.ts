import { asc, eq, inArray, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { columnsEqual, inTenant } from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { infoMomentInvitationsTable, infoMomentsTable } from './info-moments.tables';

/** The invitations to an info moment, within its capacity, and who came. */
export function createInfoMomentInvitationsRepository({ db }: { db: Database }) {
  return {
    /** The clients invited to a moment, by name. */
    async listInvitations({ tenantId, momentId }: { tenantId: string; momentId: string }) {
      const rows = await db
        .select({ invitation: infoMomentInvitationsTable, client: clientsTable })
        .from(infoMomentInvitationsTable)
        .innerJoin(clientsTable, eq(clientsTable.id, infoMomentInvitationsTable.clientId))
        .where(
          inTenant(infoMomentInvitationsTable, tenantId, eq(infoMomentInvitationsTable.momentId, momentId)),
        )
        .orderBy(asc(clientsTable.lastName), asc(clientsTable.firstName));
      return { rows };
    },

    /** Which of these clients are invited to the moment already. */
    async findInvited({
      tenantId,
      momentId,
      clientIds,
    }: {
      tenantId: string;
      momentId: string;
      clientIds: string[];
    }) {
      const rows = await db
        .select({ clientId: infoMomentInvitationsTable.clientId })
        .from(infoMomentInvitationsTable)
        .where(
          columnsEqual(
            infoMomentInvitationsTable,
            { tenantId, momentId },
            inArray(infoMomentInvitationsTable.clientId, clientIds),
          ),
        );
      return { invited: new Set(rows.map((row) => row.clientId)) };
    },

    /**
     * Invites the clients only while the moment keeps room for all of them: the insert itself counts
     * the invitations and compares with the capacity, so the database holds the limit. Answers how
     * many were inserted (none when they do not fit).
     */
    async insertInvitationsWithinCapacity({
      tenantId,
      momentId,
      invitations,
      invitedAt,
      invitedBy,
    }: {
      tenantId: string;
      momentId: string;
      invitations: { clientId: string; intakeId: string }[];
      invitedAt: Date;
      invitedBy: string;
    }) {
      const values = sql.join(
        invitations.map(({ clientId, intakeId }) => sql`(${clientId}::text, ${intakeId}::text)`),
        sql`, `,
      );
      const rows = await queryRows<{ client_id: string }>({
        db,
        query: sql`
          INSERT INTO ${infoMomentInvitationsTable}
            (tenant_id, moment_id, client_id, intake_id, attendance, invited_at, invited_by)
          SELECT ${tenantId}, ${momentId}, v.client_id, v.intake_id, 'invited', ${invitedAt.toISOString()}::timestamptz, ${invitedBy}
          FROM (VALUES ${values}) AS v(client_id, intake_id)
          WHERE (
            SELECT count(*) FROM ${infoMomentInvitationsTable}
            WHERE tenant_id = ${tenantId} AND moment_id = ${momentId}
          ) + ${invitations.length} <= (
            SELECT capacity FROM ${infoMomentsTable} WHERE tenant_id = ${tenantId} AND id = ${momentId}
          )
          ON CONFLICT DO NOTHING
          RETURNING client_id`,
      });
      return { inserted: rows.length };
    },

    /** One invitation, locked until the transaction ends so two marks do not cross. */
    async findInvitationForUpdate({
      tenantId,
      momentId,
      clientId,
    }: {
      tenantId: string;
      momentId: string;
      clientId: string;
    }) {
      const [invitation] = await db
        .select()
        .from(infoMomentInvitationsTable)
        .where(columnsEqual(infoMomentInvitationsTable, { tenantId, momentId, clientId }))
        .for('update');
      return { invitation };
    },

    async setAttendance({
      tenantId,
      momentId,
      clientId,
      attendance,
      at,
      by,
    }: {
      tenantId: string;
      momentId: string;
      clientId: string;
      attendance: 'attended' | 'absent';
      at: Date;
      by: string;
    }) {
      const [invitation] = await db
        .update(infoMomentInvitationsTable)
        .set({ attendance, recordedAt: at, recordedBy: by })
        .where(columnsEqual(infoMomentInvitationsTable, { tenantId, momentId, clientId }))
        .returning();
      return { invitation: invitation! };
    },
  };
}
