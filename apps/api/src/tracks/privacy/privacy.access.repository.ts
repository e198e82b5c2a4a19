import { asc, eq, inArray } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import type { Database } from '../../ground/database/database';
import { columnsOf, inTenant, listOfClient, ofClient } from '../../ground/database/query-helpers';
import { jobsTable } from '../../ground/jobs/jobs.tables';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { allOf } from '../../ground/shared/promises';
import type { ClientScope } from '../../records/clients/clients.repository';
import { contactConsentsTable } from '../../records/contact-consents/contact-consents.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { joinActor } from '../../records/users/users.actors.repository';
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
    .where(inTenant(attendanceTable, tenantId, eq(enrolmentsTable.clientId, clientId)))
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
  const rows = db
    .select({
      at: auditLogTable.at,
      actorUserId: auditLogTable.actorUserId,
      actorName: usersTable.displayName,
      actorOrgId: auditLogTable.actorOrgId,
      actorOrgName: organisationsTable.name,
      ...columnsOf(auditLogTable, ['actorRole', 'action', 'outcome', 'purpose']),
    })
    .from(auditLogTable)
    .$dynamic();
  return joinActor(rows, { user: auditLogTable.actorUserId, organisation: auditLogTable.actorOrgId })
    .where(eq(auditLogTable.clientId, clientId))
    .orderBy(asc(auditLogTable.at), asc(auditLogTable.id));
}

/** Everything stored about one client and the organisations that hold it, for the access request. */
export function createPrivacyAccessRepository({ db }: { db: Database }) {
  return {
    /** Everything stored about one client, table by table, for the access request. */
    async loadClientData({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const client = { tenantId, clientId };
      const { outcomeAnswers, ...data } = await allOf({
        contactConsents: listOfClient(db, contactConsentsTable, client),
        messages: listOfClient(
          db,
          messagesTable,
          client,
          asc(messagesTable.createdAt),
          asc(messagesTable.id),
        ),
        intakes: listOfClient(db, intakesTable, client, asc(intakesTable.createdAt)),
        devices: db
          .select()
          .from(devicesTable)
          .where(inTenant(devicesTable, tenantId, eq(devicesTable.holderClientId, clientId))),
        deviceEvents: listOfClient(db, deviceEventsTable, client, asc(deviceEventsTable.at)),
        cheques: listOfClient(db, chequesTable, client, asc(chequesTable.createdAt)),
        visits: db
          .select({ visit: visitsTable })
          .from(visitsTable)
          .innerJoin(chequesTable, eq(chequesTable.id, visitsTable.chequeId))
          .where(inTenant(visitsTable, tenantId, eq(chequesTable.clientId, clientId)))
          .orderBy(asc(visitsTable.visitedOn)),
        enrolments: listOfClient(db, enrolmentsTable, client, asc(enrolmentsTable.createdAt)),
        attendance: attendanceOfClient({ db, tenantId, clientId }),
        referrals: listOfClient(db, referralsTable, client),
        signals: listOfClient(db, signalsTable, client, asc(signalsTable.createdAt)),
        buddyPairings: listOfClient(db, buddyPairingsTable, client),
        digipuntInfo: listOfClient(db, digipuntInfoRecordsTable, client),
        outcomeRounds: listOfClient(
          db,
          outcomeRoundsTable,
          client,
          asc(outcomeRoundsTable.takenOn),
          asc(outcomeRoundsTable.id),
        ),
        outcomeAnswers: db
          .select({ answer: outcomeAnswersTable })
          .from(outcomeAnswersTable)
          .innerJoin(outcomeRoundsTable, eq(outcomeRoundsTable.id, outcomeAnswersTable.roundId))
          .where(ofClient(outcomeRoundsTable, client))
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
        .where(inTenant(organisationsTable, tenantId, eq(organisationsTable.kind, 'welfare')));
      return { organisation };
    },
  };
}
