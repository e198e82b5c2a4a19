import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import type { Database } from '../../ground/database/database';
import { jobsTable } from '../../ground/jobs/jobs.tables';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { allOf } from '../../ground/shared/promises';
import type { ClientScope } from '../../records/clients/clients.repository';
import type { clientsTable } from '../../records/clients/clients.tables';
import { contactConsentsTable } from '../../records/contact-consents/contact-consents.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { buddyPairingsTable, digipuntInfoRecordsTable } from '../guidance/guidance.tables';
import { intakesTable } from '../intake/intake.tables';
import { messagesTable } from '../messages/messages.tables';
import { outcomeAnswersTable, outcomeRoundsTable } from '../outcomes/outcomes.tables';
import { signalsTable } from '../signals/signals.tables';
import {
  attendanceTable,
  courseSessionsTable,
  enrolmentsTable,
  referralsTable,
} from '../training/training.tables';
import { visitsTable } from '../visits/visits.tables';
import { packJobsPrinting } from './privacy.anonymise.repository';

/** The client's attendance marks, with the half-day's date and the training partner of each. */
function attendanceOfClient({ db, tenantId, clientId }: ClientScope) {
  return db
    .select({
      attendance: attendanceTable,
      sessionDate: courseSessionsTable.date,
      trainingOrgId: enrolmentsTable.trainingOrgId,
    })
    .from(attendanceTable)
    .innerJoin(enrolmentsTable, eq(enrolmentsTable.id, attendanceTable.enrolmentId))
    .innerJoin(courseSessionsTable, eq(courseSessionsTable.id, attendanceTable.sessionId))
    .where(and(eq(attendanceTable.tenantId, tenantId), eq(enrolmentsTable.clientId, clientId)))
    .orderBy(asc(courseSessionsTable.date));
}

/** The batches of welcome packs the client was printed in. */
function packJobsOfClient({ db, tenantId, clientId }: ClientScope) {
  return db
    .select({ id: jobsTable.id, status: jobsTable.status, createdAt: jobsTable.createdAt })
    .from(jobsTable)
    .where(packJobsPrinting({ tenantId, clientId }))
    .orderBy(asc(jobsTable.createdAt));
}

/** Who did what with the client's data: the audit rows about the client, with names. */
function auditOfClient({ db, clientId }: Omit<ClientScope, 'tenantId'>) {
  return db
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
    .orderBy(asc(auditLogTable.at), asc(auditLogTable.id));
}

/** Everything stored about one client and the organisations that hold it, for the access request. */
export function createPrivacyAccessRepository({ db }: { db: Database }) {
  return {
    /** Everything stored about one client, table by table, for the access request. */
    async loadClientData({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const ofClient = <T extends { tenantId: unknown; clientId: unknown }>(table: T) =>
        and(
          eq(table.tenantId as typeof clientsTable.tenantId, tenantId),
          eq(table.clientId as typeof clientsTable.id, clientId),
        );
      const { outcomeAnswers, ...data } = await allOf({
        contactConsents: db.select().from(contactConsentsTable).where(ofClient(contactConsentsTable)),
        messages: db
          .select()
          .from(messagesTable)
          .where(ofClient(messagesTable))
          .orderBy(asc(messagesTable.createdAt), asc(messagesTable.id)),
        intakes: db
          .select()
          .from(intakesTable)
          .where(ofClient(intakesTable))
          .orderBy(asc(intakesTable.createdAt)),
        devices: db
          .select()
          .from(devicesTable)
          .where(and(eq(devicesTable.tenantId, tenantId), eq(devicesTable.holderClientId, clientId))),
        deviceEvents: db
          .select()
          .from(deviceEventsTable)
          .where(ofClient(deviceEventsTable))
          .orderBy(asc(deviceEventsTable.at)),
        cheques: db
          .select()
          .from(chequesTable)
          .where(ofClient(chequesTable))
          .orderBy(asc(chequesTable.createdAt)),
        visits: db
          .select({ visit: visitsTable })
          .from(visitsTable)
          .innerJoin(chequesTable, eq(chequesTable.id, visitsTable.chequeId))
          .where(and(eq(visitsTable.tenantId, tenantId), eq(chequesTable.clientId, clientId)))
          .orderBy(asc(visitsTable.visitedOn)),
        enrolments: db
          .select()
          .from(enrolmentsTable)
          .where(ofClient(enrolmentsTable))
          .orderBy(asc(enrolmentsTable.createdAt)),
        attendance: attendanceOfClient({ db, tenantId, clientId }),
        referrals: db.select().from(referralsTable).where(ofClient(referralsTable)),
        signals: db
          .select()
          .from(signalsTable)
          .where(ofClient(signalsTable))
          .orderBy(asc(signalsTable.createdAt)),
        buddyPairings: db.select().from(buddyPairingsTable).where(ofClient(buddyPairingsTable)),
        digipuntInfo: db.select().from(digipuntInfoRecordsTable).where(ofClient(digipuntInfoRecordsTable)),
        outcomeRounds: db
          .select()
          .from(outcomeRoundsTable)
          .where(ofClient(outcomeRoundsTable))
          .orderBy(asc(outcomeRoundsTable.takenOn), asc(outcomeRoundsTable.id)),
        outcomeAnswers: db
          .select({ answer: outcomeAnswersTable })
          .from(outcomeAnswersTable)
          .innerJoin(outcomeRoundsTable, eq(outcomeRoundsTable.id, outcomeAnswersTable.roundId))
          .where(ofClient(outcomeRoundsTable))
          .orderBy(asc(outcomeAnswersTable.roundId), asc(outcomeAnswersTable.itemId)),
        packJobs: packJobsOfClient({ db, tenantId, clientId }),
        audit: auditOfClient({ db, clientId }),
      });
      return {
        ...data,
        visits: data.visits.map((row) => row.visit),
        outcomeRounds: data.outcomeRounds.map((round) => ({
          ...round,
          answers: outcomeAnswers
            .filter(({ answer }) => answer.roundId === round.id)
            .map(({ answer }) => answer),
        })),
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
  };
}
