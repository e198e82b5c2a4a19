import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../ground/database/database';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { localDateTimeToInstant } from '../../ground/shared/clock';
import { courseGroupsTable, courseSessionsTable, trainingLocationsTable } from '../training/training.tables';
import { planAppointmentMessages } from './messages.outbox';

const sessionLocations = alias(trainingLocationsTable, 'session_locations');

const hhmm = (time: string) => time.slice(0, 5);

/** The group's sessions with what a lesson message names: when, where, and who sends it. */
async function loadSessions({
  db,
  groupId,
  sessionId,
}: {
  db: Database;
  groupId?: string;
  sessionId?: string;
}) {
  return db
    .select({
      id: courseSessionsTable.id,
      groupId: courseSessionsTable.groupId,
      date: courseSessionsTable.date,
      startTime: courseSessionsTable.startTime,
      cancelledAt: courseSessionsTable.cancelledAt,
      trainingOrgId: courseGroupsTable.trainingOrgId,
      orgName: organisationsTable.name,
      programmeId: courseGroupsTable.programmeId,
      place: sessionLocations.name,
      groupPlace: trainingLocationsTable.name,
    })
    .from(courseSessionsTable)
    .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, courseSessionsTable.groupId))
    .innerJoin(organisationsTable, eq(organisationsTable.id, courseGroupsTable.trainingOrgId))
    .leftJoin(sessionLocations, eq(sessionLocations.id, courseSessionsTable.locationId))
    .leftJoin(trainingLocationsTable, eq(trainingLocationsTable.id, courseGroupsTable.locationId))
    .where(
      and(
        groupId ? eq(courseSessionsTable.groupId, groupId) : undefined,
        sessionId ? eq(courseSessionsTable.id, sessionId) : undefined,
        sessionId ? undefined : isNull(courseSessionsTable.cancelledAt),
      ),
    )
    .orderBy(asc(courseSessionsTable.date), asc(courseSessionsTable.startTime));
}

type SessionRow = Awaited<ReturnType<typeof loadSessions>>[number];

function startOf(session: SessionRow, timeZone: string): Date {
  return localDateTimeToInstant({ date: session.date, time: hhmm(session.startTime), timeZone });
}

/** What a lesson message says of its half-day, whoever it goes to: which one, who sends it, where. */
function lessonOf(session: SessionRow) {
  return {
    kind: 'lesson' as const,
    subject: `course_session:${session.id}`,
    orgId: session.trainingOrgId,
    orgName: session.orgName,
    programmeId: session.programmeId,
    place: session.place ?? session.groupPlace,
  };
}

/**
 * Queues (or, with `off`, withdraws) the reminders of every live half-day of a group for some learners,
 * in the caller's transaction: when they are enrolled or leave the group, or when its sessions are
 * planned.
 */
export async function planGroupLessonMessages({
  db,
  groupId,
  clientIds,
  off = false,
  now,
  timeZone,
}: {
  db: Database;
  groupId: string;
  clientIds: readonly string[];
  off?: boolean;
  now: Date;
  timeZone: string;
}): Promise<void> {
  if (clientIds.length === 0) return;
  for (const session of await loadSessions({ db, groupId })) {
    await planAppointmentMessages({
      db,
      ...lessonOf(session),
      clientIds,
      startsAt: off ? null : startOf(session, timeZone),
      now,
      timeZone,
    });
  }
}

/**
 * After one half-day was moved, cancelled or restored (same transaction): its learners' reminders
 * follow it, and a move or cancellation is told to them at once.
 */
export async function planSessionChangeMessages({
  db,
  sessionId,
  clientIds,
  change,
  previous,
  now,
  timeZone,
}: {
  db: Database;
  sessionId: string;
  clientIds: readonly string[];
  change: 'moved' | 'cancelled' | 'restored';
  previous: { date: string; startTime: string };
  now: Date;
  timeZone: string;
}): Promise<void> {
  const [session] = await loadSessions({ db, sessionId });
  if (!session || clientIds.length === 0) return;
  const previousStartsAt = localDateTimeToInstant({
    date: previous.date,
    time: hhmm(previous.startTime),
    timeZone,
  });
  await planAppointmentMessages({
    db,
    ...lessonOf(session),
    clientIds,
    startsAt: session.cancelledAt ? null : startOf(session, timeZone),
    change: change === 'restored' ? undefined : { kind: change, previousStartsAt },
    now,
    timeZone,
  });
}
