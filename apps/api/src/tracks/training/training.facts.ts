import { type AttendanceMark, absentTwiceInARow, type TrainingSession } from '@digipakket/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsOf } from '../../ground/database/query-helpers';
import {
  attendanceTable,
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  referralsTable,
} from './training.tables';

/**
 * The training facts follow-up signals are raised from, for one client: two absences in a row in a
 * group (domain `absentTwiceInARow`), and a basic course whose last session is past while no referral
 * decision was recorded (`finishedOn` is the last session's date, to count the programme's days from).
 */
export type ClientTrainingFacts = {
  absentTwiceInARow: { enrolmentId: string; sessionIds: [string, string] }[];
  finishedWithoutReferral: { enrolmentId: string; finishedOn: string }[];
};

/**
 * Enrolled (not waitlisted, not left) in a basic course: the condition on enrolments joined to their
 * group that the follow-up of the basic course and the welcome letter read.
 */
export const enrolledInBasicCourse = and(
  eq(enrolmentsTable.status, 'enrolled'),
  eq(courseGroupsTable.kind, 'basic'),
);

/** The half-days of some groups that are not cancelled, with their times. */
export async function selectLiveSessions(db: Database, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      id: courseSessionsTable.id,
      groupId: courseSessionsTable.groupId,
      date: courseSessionsTable.date,
      start: courseSessionsTable.startTime,
      end: courseSessionsTable.endTime,
    })
    .from(courseSessionsTable)
    .where(and(inArray(courseSessionsTable.groupId, groupIds), isNull(courseSessionsTable.cancelledAt)));
}

/** The attendance marks of some enrolments (of one tenant, when given). */
export async function selectAttendanceMarks(
  db: Database,
  { enrolmentIds, tenantId }: { enrolmentIds: string[]; tenantId?: string },
) {
  if (enrolmentIds.length === 0) return [];
  return db
    .select(columnsOf(attendanceTable, ['enrolmentId', 'sessionId', 'status']))
    .from(attendanceTable)
    .where(
      and(
        tenantId ? eq(attendanceTable.tenantId, tenantId) : undefined,
        inArray(attendanceTable.enrolmentId, enrolmentIds),
      ),
    );
}

/** The training facts of some clients of one tenant, from what the training partner stored. */
export async function getClientTrainingFacts({
  db,
  tenantId,
  clientIds,
  today,
}: {
  db: Database;
  tenantId: string;
  clientIds: string[];
  today: string;
}): Promise<{ facts: Map<string, ClientTrainingFacts> }> {
  const facts = new Map<string, ClientTrainingFacts>(
    clientIds.map((id) => [id, { absentTwiceInARow: [], finishedWithoutReferral: [] }]),
  );
  if (clientIds.length === 0) return { facts };
  const enrolments = await db
    .select({
      id: enrolmentsTable.id,
      clientId: enrolmentsTable.clientId,
      groupId: enrolmentsTable.groupId,
      kind: courseGroupsTable.kind,
      referralId: referralsTable.id,
    })
    .from(enrolmentsTable)
    .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
    .leftJoin(referralsTable, eq(referralsTable.enrolmentId, enrolmentsTable.id))
    .where(
      and(
        eq(enrolmentsTable.tenantId, tenantId),
        inArray(enrolmentsTable.clientId, clientIds),
        eq(enrolmentsTable.status, 'enrolled'),
      ),
    );
  if (enrolments.length === 0) return { facts };
  const groupIds = [...new Set(enrolments.map((row) => row.groupId))];
  const [sessionRows, markRows] = await Promise.all([
    selectLiveSessions(db, groupIds),
    selectAttendanceMarks(db, {
      tenantId,
      enrolmentIds: enrolments.map((row) => row.id),
    }),
  ]);

  for (const enrolment of enrolments) {
    const entry = facts.get(enrolment.clientId);
    if (!entry) continue;
    const sessions: TrainingSession[] = sessionRows
      .filter((row) => row.groupId === enrolment.groupId)
      .map((row) => ({ id: row.id, date: row.date, start: row.start.slice(0, 5), end: row.end.slice(0, 5) }));
    const marks: AttendanceMark[] = markRows
      .filter((row) => row.enrolmentId === enrolment.id)
      .map((row) => ({ sessionId: row.sessionId, status: row.status }));
    const absences = absentTwiceInARow({ sessions, marks });
    if (absences.absentTwice)
      entry.absentTwiceInARow.push({ enrolmentId: enrolment.id, sessionIds: absences.sessionIds });
    const lastDate = sessions
      .map((session) => session.date)
      .sort()
      .at(-1);
    if (
      enrolment.kind === 'basic' &&
      enrolment.referralId === null &&
      lastDate !== undefined &&
      lastDate < today
    ) {
      entry.finishedWithoutReferral.push({ enrolmentId: enrolment.id, finishedOn: lastDate });
    }
  }
  return { facts };
}
