import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import type { Database } from '../../ground/database/database';
import { jobsTable } from '../../ground/jobs/jobs.tables';
import { organisationsTable, tenantsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { buddyPairingsTable, digipuntInfoRecordsTable } from '../guidance/guidance.tables';
import { intakesTable } from '../intake/intake.tables';
import { outcomeAnswersTable, outcomeRoundsTable } from '../outcomes/outcomes.tables';
import { signalsTable } from '../signals/signals.tables';
import {
  attendanceTable,
  courseSessionsTable,
  enrolmentsTable,
  referralsTable,
} from '../training/training.tables';
import { visitsTable } from '../visits/visits.tables';

/** What replaces a client's names and any free text that must stay non-empty. */
export const ANONYMISED = 'Geanonimiseerd';

/** The job kind of a batch of welcome packs (kept here to avoid importing the PDF renderer). */
const PACK_BATCH_JOB_KIND = 'documents.packs';

export type ClientRow = typeof clientsTable.$inferSelect;

/** A client whose data may be erased: not yet anonymised, with the moment of the last change to their file. */
export type RetentionCandidate = { clientId: string; lastChangeAt: Date };

/**
 * The last change to a client's file: the newest of the client row, their intakes and every
 * successful write the audit log names them in (reads and exports do not count).
 */
const lastChangeOf = sql<Date | string>`greatest(
  ${clientsTable.updatedAt},
  (SELECT max(i.updated_at) FROM intakes i WHERE i.client_id = ${clientsTable.id}),
  (SELECT max(a.at) FROM audit_log a WHERE a.client_id = ${clientsTable.id} AND a.outcome = 'success' AND a.action NOT LIKE '%read')
)`;

export function createPrivacyRepository({ db }: { db: Database }) {
  return {
    async findTenant({ tenantId }: { tenantId: string }) {
      const [tenant] = await db
        .select({
          id: tenantsTable.id,
          name: tenantsTable.name,
          retentionMonths: tenantsTable.retentionMonths,
        })
        .from(tenantsTable)
        .where(eq(tenantsTable.id, tenantId));
      return { tenant };
    },

    async listTenants() {
      const tenants = await db
        .select({ id: tenantsTable.id, retentionMonths: tenantsTable.retentionMonths })
        .from(tenantsTable)
        .orderBy(asc(tenantsTable.id));
      return { tenants };
    },

    async setRetentionMonths({ tenantId, months, now }: { tenantId: string; months: number; now: Date }) {
      const [tenant] = await db
        .update(tenantsTable)
        .set({ retentionMonths: months, updatedAt: now })
        .where(eq(tenantsTable.id, tenantId))
        .returning({ retentionMonths: tenantsTable.retentionMonths });
      return { tenant };
    },

    /** The client, locked for the rest of the transaction when `lock` is set. */
    async findClient({
      tenantId,
      clientId,
      lock = false,
    }: {
      tenantId: string;
      clientId: string;
      lock?: boolean;
    }) {
      const query = db
        .select()
        .from(clientsTable)
        .where(and(eq(clientsTable.tenantId, tenantId), eq(clientsTable.id, clientId)));
      const [client] = lock ? await query.for('update') : await query;
      return { client };
    },

    /** Clients of a tenant, not yet anonymised, whose file last changed before `before`. */
    async listRetentionCandidates({
      tenantId,
      before,
    }: {
      tenantId: string;
      before: Date;
    }): Promise<{ candidates: RetentionCandidate[] }> {
      const rows = await db
        .select({ clientId: clientsTable.id, lastChangeAt: lastChangeOf })
        .from(clientsTable)
        .where(
          and(
            eq(clientsTable.tenantId, tenantId),
            isNull(clientsTable.anonymisedAt),
            sql`${lastChangeOf} < ${before.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(asc(clientsTable.id));
      return {
        candidates: rows.map((row) => ({ clientId: row.clientId, lastChangeAt: new Date(row.lastChangeAt) })),
      };
    },

    async lastChangeAt({ clientId }: { clientId: string }): Promise<{ lastChangeAt: Date }> {
      const [row] = await db
        .select({ at: lastChangeOf })
        .from(clientsTable)
        .where(eq(clientsTable.id, clientId));
      return { lastChangeAt: new Date(row!.at) };
    },

    /** Everything stored about one client, table by table, for the access request. */
    async loadClientData({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const ofClient = <T extends { tenantId: unknown; clientId: unknown }>(table: T) =>
        and(
          eq(table.tenantId as typeof clientsTable.tenantId, tenantId),
          eq(table.clientId as typeof clientsTable.id, clientId),
        );
      const [
        intakes,
        devices,
        deviceEvents,
        cheques,
        visits,
        enrolments,
        attendance,
        referrals,
        signals,
        buddyPairings,
        digipuntInfo,
        outcomeRounds,
        outcomeAnswers,
        packJobs,
        audit,
      ] = await Promise.all([
        db.select().from(intakesTable).where(ofClient(intakesTable)).orderBy(asc(intakesTable.createdAt)),
        db
          .select()
          .from(devicesTable)
          .where(and(eq(devicesTable.tenantId, tenantId), eq(devicesTable.holderClientId, clientId))),
        db
          .select()
          .from(deviceEventsTable)
          .where(ofClient(deviceEventsTable))
          .orderBy(asc(deviceEventsTable.at)),
        db.select().from(chequesTable).where(ofClient(chequesTable)).orderBy(asc(chequesTable.createdAt)),
        db
          .select({ visit: visitsTable })
          .from(visitsTable)
          .innerJoin(chequesTable, eq(chequesTable.id, visitsTable.chequeId))
          .where(and(eq(visitsTable.tenantId, tenantId), eq(chequesTable.clientId, clientId)))
          .orderBy(asc(visitsTable.visitedOn)),
        db
          .select()
          .from(enrolmentsTable)
          .where(ofClient(enrolmentsTable))
          .orderBy(asc(enrolmentsTable.createdAt)),
        db
          .select({
            attendance: attendanceTable,
            sessionDate: courseSessionsTable.date,
            trainingOrgId: enrolmentsTable.trainingOrgId,
          })
          .from(attendanceTable)
          .innerJoin(enrolmentsTable, eq(enrolmentsTable.id, attendanceTable.enrolmentId))
          .innerJoin(courseSessionsTable, eq(courseSessionsTable.id, attendanceTable.sessionId))
          .where(and(eq(attendanceTable.tenantId, tenantId), eq(enrolmentsTable.clientId, clientId)))
          .orderBy(asc(courseSessionsTable.date)),
        db.select().from(referralsTable).where(ofClient(referralsTable)),
        db.select().from(signalsTable).where(ofClient(signalsTable)).orderBy(asc(signalsTable.createdAt)),
        db.select().from(buddyPairingsTable).where(ofClient(buddyPairingsTable)),
        db.select().from(digipuntInfoRecordsTable).where(ofClient(digipuntInfoRecordsTable)),
        db
          .select()
          .from(outcomeRoundsTable)
          .where(ofClient(outcomeRoundsTable))
          .orderBy(asc(outcomeRoundsTable.takenOn), asc(outcomeRoundsTable.id)),
        db
          .select({ answer: outcomeAnswersTable })
          .from(outcomeAnswersTable)
          .innerJoin(outcomeRoundsTable, eq(outcomeRoundsTable.id, outcomeAnswersTable.roundId))
          .where(ofClient(outcomeRoundsTable))
          .orderBy(asc(outcomeAnswersTable.roundId), asc(outcomeAnswersTable.itemId)),
        db
          .select({ id: jobsTable.id, status: jobsTable.status, createdAt: jobsTable.createdAt })
          .from(jobsTable)
          .where(
            and(
              eq(jobsTable.tenantId, tenantId),
              eq(jobsTable.kind, PACK_BATCH_JOB_KIND),
              sql`${jobsTable.payload}->'clientIds' @> jsonb_build_array(${clientId}::text)`,
            ),
          )
          .orderBy(asc(jobsTable.createdAt)),
        db
          .select({
            at: auditLogTable.at,
            actorUserId: auditLogTable.actorUserId,
            actorName: usersTable.displayName,
            actorOrgId: auditLogTable.actorOrgId,
            actorOrgName: organisationsTable.name,
            actorRole: auditLogTable.actorRole,
            action: auditLogTable.action,
            outcome: auditLogTable.outcome,
            purpose: auditLogTable.purpose,
          })
          .from(auditLogTable)
          .leftJoin(usersTable, eq(usersTable.id, auditLogTable.actorUserId))
          .leftJoin(organisationsTable, eq(organisationsTable.id, auditLogTable.actorOrgId))
          .where(eq(auditLogTable.clientId, clientId))
          .orderBy(asc(auditLogTable.at), asc(auditLogTable.id)),
      ]);
      return {
        intakes,
        devices,
        deviceEvents,
        cheques,
        visits: visits.map((row) => row.visit),
        enrolments,
        attendance,
        referrals,
        signals,
        buddyPairings,
        digipuntInfo,
        outcomeRounds: outcomeRounds.map((round) => ({
          ...round,
          answers: outcomeAnswers
            .filter(({ answer }) => answer.roundId === round.id)
            .map(({ answer }) => answer),
        })),
        packJobs,
        audit,
      };
    },

    async findOrganisations({ ids }: { ids: string[] }) {
      if (ids.length === 0) return { organisations: [] };
      const organisations = await db
        .select({ id: organisationsTable.id, name: organisationsTable.name, kind: organisationsTable.kind })
        .from(organisationsTable)
        .where(inArray(organisationsTable.id, ids));
      return { organisations };
    },

    async findWelfareOrganisation({ tenantId }: { tenantId: string }) {
      const [organisation] = await db
        .select({ id: organisationsTable.id, name: organisationsTable.name, kind: organisationsTable.kind })
        .from(organisationsTable)
        .where(and(eq(organisationsTable.tenantId, tenantId), eq(organisationsTable.kind, 'welfare')));
      return { organisation };
    },

    /**
     * Replaces the client's personal data in every table: names become {@link ANONYMISED}, contact
     * details, national number, street and coordinates are removed, the birth date keeps only its
     * year, free text is cleared (or replaced where a reason must stay non-empty), signatures are
     * dropped. Ids, statuses, dates, purposes, skill levels, counts and amounts stay, so reports and
     * statements add up as before. Run it inside the transaction that locked the client.
     */
    async anonymiseClient({ tenantId, clientId, now }: { tenantId: string; clientId: string; now: Date }) {
      const at = now.toISOString();
      const replaced = (column: string) =>
        sql.raw(`CASE WHEN ${column} IS NULL THEN NULL ELSE '${ANONYMISED}' END`);
      await db.execute(sql`
        UPDATE clients SET
          first_name = ${ANONYMISED},
          last_name = ${ANONYMISED},
          file_number = ${`anon-${clientId}`},
          birth_date = CASE WHEN birth_date IS NULL THEN NULL ELSE make_date(extract(year FROM birth_date)::int, 1, 1) END,
          national_number = NULL,
          phone = NULL,
          email = NULL,
          street = NULL,
          lat = NULL,
          lon = NULL,
          household = household - 'note',
          anonymised_at = ${at}::timestamptz,
          updated_at = ${at}::timestamptz
        WHERE id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE intakes SET
          override_reason = ${replaced('override_reason')},
          closure_reason = ${replaced('closure_reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE trajectory_events SET note = CASE WHEN note = '' THEN '' ELSE ${ANONYMISED} END
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE device_events SET
          reason = ${replaced('reason')},
          signature_method = NULL,
          signature_png = NULL
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE cheques SET cancelled_reason = ${replaced('cancelled_reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE visits SET notes = NULL, follow_up_reason = ${replaced('follow_up_reason')}
        WHERE tenant_id = ${tenantId} AND cheque_id IN (SELECT id FROM cheques WHERE client_id = ${clientId})`);
      await db.execute(sql`
        UPDATE enrolments SET progress_note = NULL, withdrawn_reason = ${replaced('withdrawn_reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE attendance SET note = NULL
        WHERE tenant_id = ${tenantId} AND enrolment_id IN (SELECT id FROM enrolments WHERE client_id = ${clientId})`);
      await db.execute(sql`
        UPDATE referrals SET reason = ${replaced('reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE signals SET snooze_reason = ${replaced('snooze_reason')}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      await db.execute(sql`
        UPDATE buddy_pairings SET buddy_name = ${ANONYMISED}
        WHERE client_id = ${clientId} AND tenant_id = ${tenantId}`);
      // Stored answers of idempotent requests may quote the client; they are only kept to replay a retry.
      await db.execute(sql`
        DELETE FROM idempotency_keys WHERE response::text LIKE ${`%${clientId}%`}`);
      const packJobs = await db
        .select({ id: jobsTable.id })
        .from(jobsTable)
        .where(
          and(
            eq(jobsTable.tenantId, tenantId),
            eq(jobsTable.kind, PACK_BATCH_JOB_KIND),
            sql`${jobsTable.payload}->'clientIds' @> jsonb_build_array(${clientId}::text)`,
          ),
        );
      return { packJobIds: packJobs.map((job) => job.id) };
    },
  };
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;
