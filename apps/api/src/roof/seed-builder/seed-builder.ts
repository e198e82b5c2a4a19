import type { PgTable } from 'drizzle-orm/pg-core';
import { auditLogTable } from '../../ground/audit/audit.tables';
import type { Database } from '../../ground/database/database';
import { jobsTable } from '../../ground/jobs/jobs.tables';
import {
  organisationsTable,
  partnershipsTable,
  tenantsTable,
} from '../../ground/organisations/organisations.tables';
import { generateId, type IdKind } from '../../ground/shared/ids';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { programmesTable, wavesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { buddyPairingsTable } from '../../tracks/guidance/guidance.tables';
import { infoMomentInvitationsTable, infoMomentsTable } from '../../tracks/info-moments/info-moments.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { outcomeAnswersTable, outcomeRoundsTable } from '../../tracks/outcomes/outcomes.tables';
import { signalsTable } from '../../tracks/signals/signals.tables';
import { statementLinesTable, statementsTable } from '../../tracks/statements/statements.tables';
import {
  attendanceTable,
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  referralsTable,
  trainingLocationsTable,
} from '../../tracks/training/training.tables';
import { visitsTable } from '../../tracks/visits/visits.tables';

/**
 * The programme's tables by their database names, parents before children: the seed builder's verbs
 * write through them, and the data generator's catalogue takes its tables from here.
 */
export const PROGRAMME_TABLES = {
  tenants: tenantsTable,
  organisations: organisationsTable,
  partnerships: partnershipsTable,
  users: usersTable,
  programmes: programmesTable,
  waves: wavesTable,
  clients: clientsTable,
  intakes: intakesTable,
  devices: devicesTable,
  device_events: deviceEventsTable,
  cheques: chequesTable,
  visits: visitsTable,
  statements: statementsTable,
  statement_lines: statementLinesTable,
  training_locations: trainingLocationsTable,
  course_groups: courseGroupsTable,
  course_sessions: courseSessionsTable,
  enrolments: enrolmentsTable,
  attendance: attendanceTable,
  referrals: referralsTable,
  buddy_pairings: buddyPairingsTable,
  outcome_rounds: outcomeRoundsTable,
  outcome_answers: outcomeAnswersTable,
  signals: signalsTable,
  info_moments: infoMomentsTable,
  info_moment_invitations: infoMomentInvitationsTable,
} as const satisfies Record<string, PgTable>;

/** Where a seeded client stands in the programme: the stages both the demo and the data generator plant. */
export type SeededClientStage =
  | 'referred'
  | 'assessed'
  | 'approved'
  | 'rejected'
  | 'reserved'
  | 'equipped'
  | 'in_guidance'
  | 'completed'
  | 'dropped_out';

/** The row a verb takes: the table's insert shape, its id optional (the builder makes one). */
export type SeedRow<T extends PgTable> = Omit<T['$inferInsert'], 'id'> & { id?: string };
/** What a verb returns for each row: the row as inserted, with its id. */
export type Seeded<T extends PgTable> = T['$inferInsert'] & { id: string };

/** A row of a verb with defaults: the defaulted fields may be left out. */
type RowWithDefaults<T extends PgTable, D> = Omit<SeedRow<T>, keyof D> & Partial<SeedRow<T>>;

/**
 * One verb: inserts its rows in one statement, in order, and hands them back with their ids. The
 * defaults fill what a row leaves out.
 */
function verb<T extends PgTable, D extends Partial<SeedRow<T>> = Record<never, never>>(
  db: Database,
  table: T,
  kind: IdKind,
  defaults?: D,
) {
  return async (rows: readonly RowWithDefaults<T, D>[]): Promise<Seeded<T>[]> => {
    const seeded = rows.map((row) => ({
      ...defaults,
      ...row,
      id: row.id ?? generateId({ kind }),
    })) as Seeded<T>[];
    if (seeded.length > 0) await db.insert(table).values(seeded as never);
    return seeded;
  };
}

/** A verb for a table whose rows have no id of their own (they are named by what they link). */
function links<T extends PgTable>(db: Database, table: T) {
  return async (rows: readonly T['$inferInsert'][]): Promise<T['$inferInsert'][]> => {
    if (rows.length > 0) await db.insert(table).values(rows as never);
    return [...rows];
  };
}

/** The same verb for a single object. */
function single<R, S>(many: (rows: readonly R[]) => Promise<S[]>) {
  return async (row: R): Promise<S> => {
    const [seeded] = await many([row]);
    return seeded!;
  };
}

/**
 * One vocabulary for putting a programme's objects into the database: the demo tenant, the
 * security suites' world and tests use it. Each verb takes rows in the product's own column names
 * (so the type checker knows every field), makes the ids, inserts through the product's tables and
 * returns typed handles; the tables' defaults (statuses, timestamps) apply to what a row leaves out.
 *
 * It writes the tables directly rather than calling the use cases: seeded objects carry a history
 * (a visit weeks ago, a cheque expired yesterday, a decision by someone not logged in) that the use
 * cases, which act now and as the caller, rightly refuse; and it writes inside whatever
 * transaction and scope the caller opened, so a seed is one transaction.
 */
export function createSeedBuilder({ db }: { db: Database }) {
  const tenants = verb(db, tenantsTable, 'tenant');
  const programmes = verb(db, programmesTable, 'programme');
  // A client speaks Dutch unless the row says otherwise; the household stays the table's default.
  const clients = verb(db, clientsTable, 'client', { preferredLanguage: 'nl' });
  return {
    tenant: single(tenants),
    tenants,
    organisations: verb(db, organisationsTable, 'organisation'),
    partnerships: verb(db, partnershipsTable, 'partnership'),
    users: verb(db, usersTable, 'user', { locale: 'nl' }),
    programme: single(programmes),
    programmes,
    waves: verb(db, wavesTable, 'wave'),
    client: single(clients),
    clients,
    intakes: verb(db, intakesTable, 'intake'),
    devices: verb(db, devicesTable, 'device'),
    deviceEvents: verb(db, deviceEventsTable, 'deviceEvent'),
    cheques: verb(db, chequesTable, 'cheque'),
    visits: verb(db, visitsTable, 'visit'),
    statements: verb(db, statementsTable, 'statement'),
    statementLines: verb(db, statementLinesTable, 'statementLine'),
    locations: verb(db, trainingLocationsTable, 'location'),
    groups: verb(db, courseGroupsTable, 'courseGroup'),
    sessions: verb(db, courseSessionsTable, 'courseSession'),
    enrolments: verb(db, enrolmentsTable, 'enrolment'),
    attendance: verb(db, attendanceTable, 'attendance'),
    referrals: verb(db, referralsTable, 'referral'),
    buddies: verb(db, buddyPairingsTable, 'buddyPairing'),
    signals: verb(db, signalsTable, 'signal'),
    infoMoments: verb(db, infoMomentsTable, 'infoMoment'),
    invitations: links(db, infoMomentInvitationsTable),
    // A batch's record as a portal shows it (a batch left running by a process that died, say).
    jobs: verb(db, jobsTable, 'job'),
    // Something that happened earlier and is known only from the audit log (a no-show, say).
    auditEntries: verb(db, auditLogTable, 'audit', { outcome: 'success' as const }),
  };
}
export type SeedBuilder = ReturnType<typeof createSeedBuilder>;
