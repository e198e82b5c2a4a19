import type { RequestArgs } from '../../ground/http/request-context';
import { localDateTimeToInstant } from '../../ground/shared/clock';
import { isIdOf } from '../../ground/shared/ids';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { createEnrolmentsRepository } from '../enrolments/enrolments.repository';
import { planGroupLessonMessages, planSessionChangeMessages } from '../messages/messages.lessons';
import {
  createCourseGroupNotFoundError,
  createGroupHasSessionsError,
  createInvalidPatternError,
  createSessionInPastError,
  createSessionNotFoundError,
  createTeacherBusyError,
} from '../training/training.errors';
import { sessionDatesFromPattern } from '../training/training.schedule';
import type { GenerateSessions, GroupSession, SessionPatch } from '../training/training.schemas';
import { hhmm, orgOf, toGroupSession } from './courses.mapping';
import { createCoursesRepository } from './courses.repository';
import { checkReferences } from './courses.usecases';

/** The learners who hear of the group's lessons: those enrolled, not those on the waiting list. */
function enrolledClientIds(learners: readonly { status: string; clientId: string }[]): string[] {
  return learners.filter((learner) => learner.status === 'enrolled').map((learner) => learner.clientId);
}

/** Plans the programme's number of half-day sessions from a start date on the chosen weekdays. */
export async function generateSessions({
  ctx,
  timeZone,
  groupId,
  input,
}: RequestArgs<{ timeZone: string; groupId: string; input: GenerateSessions }>): Promise<{
  sessions: GroupSession[];
}> {
  const { clock } = ctx;
  if (input.endTime <= input.startTime) throw createInvalidPatternError();
  if (!isIdOf({ kind: 'courseGroup', value: groupId })) throw createCourseGroupNotFoundError();
  return ctx.transaction(async ({ tx }) => {
    const { group } = await createEnrolmentsRepository({ db: tx }).lockGroup({
      groupId,
      trainingOrgIds: [orgOf(ctx)],
    });
    if (!group) throw createCourseGroupNotFoundError();
    const repository = createCoursesRepository({ db: tx });
    const { rows: existing } = await repository.listSessions({ groupId });
    if (existing.some((row) => row.cancelledAt === null)) throw createGroupHasSessionsError();
    const { rows: groups } = await repository.listGroups({ trainingOrgId: orgOf(ctx), groupId });
    const { basicSessions } = readProgrammeSettings({ stored: groups[0]?.settings });
    const dates = sessionDatesFromPattern({
      startDate: input.startDate,
      weekdays: input.weekdays,
      count: basicSessions,
    });
    const now = clock.now();
    await repository.insertSessions({
      sessions: dates.map((date) => ({
        trainingOrgId: group.trainingOrgId,
        groupId,
        date,
        startTime: input.startTime,
        endTime: input.endTime,
        createdAt: now,
        updatedAt: now,
      })),
    });
    await repository.updateGroup({ groupId, values: { startsOn: dates[0] ?? null, updatedAt: now } });
    const { rows: learners } = await createEnrolmentsRepository({ db: tx }).listActiveRoster({ groupId });
    await planGroupLessonMessages({
      db: tx,
      groupId,
      clientIds: enrolledClientIds(learners),
      now,
      timeZone,
    });
    const { rows } = await repository.listSessions({ groupId });
    return { sessions: rows.map(toGroupSession) };
  });
}

/**
 * Moves a single session (date, time, location) or cancels it (or undoes the cancellation), in one
 * transaction with a record of the change and one audit row per learner on the roster, so each
 * learner's welfare centre sees what changed, by whom and when. A session is never moved to a
 * moment already past, nor onto a time its group's teacher teaches another session.
 */
export async function updateSession({
  ctx,
  timeZone,
  sessionId,
  input,
}: RequestArgs<{ timeZone: string; sessionId: string; input: SessionPatch }>): Promise<{
  session: GroupSession;
}> {
  const { clock } = ctx;
  if (!isIdOf({ kind: 'courseSession', value: sessionId })) throw createSessionNotFoundError();
  return ctx.transaction(async ({ tx, auditEach }) => {
    const repository = createCoursesRepository({ db: tx });
    const { session } = await repository.findSession({ trainingOrgId: orgOf(ctx), sessionId });
    if (!session) throw createSessionNotFoundError();
    await checkReferences({ ctx, db: tx, locationId: input.locationId, teacherUserId: undefined });
    const startTime = input.startTime ?? hhmm(session.startTime);
    const endTime = input.endTime ?? hhmm(session.endTime);
    if (endTime <= startTime) throw createInvalidPatternError();
    const now = clock.now();
    const date = input.date ?? session.date;
    const locationId = input.locationId === undefined ? session.locationId : input.locationId;
    const retimed =
      date !== session.date || startTime !== hhmm(session.startTime) || endTime !== hhmm(session.endTime);
    const live = input.cancelled === undefined ? session.cancelledAt === null : !input.cancelled;
    if (retimed && live) {
      if (localDateTimeToInstant({ date, time: startTime, timeZone }) < now) throw createSessionInPastError();
      const { clash } = await repository.findTeacherClash({
        sessionId,
        groupId: session.groupId,
        date,
        startTime,
        endTime,
      });
      if (clash) {
        throw createTeacherBusyError({
          details: { groupName: clash.groupName, start: hhmm(clash.startTime), end: hhmm(clash.endTime) },
        });
      }
    }
    const values: Record<string, unknown> = { startTime, endTime, updatedAt: now };
    if (input.date !== undefined) values.date = input.date;
    if (input.locationId !== undefined) values.locationId = input.locationId;
    if (input.cancelled !== undefined)
      values.cancelledAt = input.cancelled ? (session.cancelledAt ?? now) : null;
    await repository.updateSession({ sessionId, values });

    const wasCancelled = session.cancelledAt !== null;
    const kind =
      input.cancelled === true && !wasCancelled
        ? 'cancelled'
        : input.cancelled === false && wasCancelled
          ? 'restored'
          : date !== session.date ||
              startTime !== hhmm(session.startTime) ||
              endTime !== hhmm(session.endTime) ||
              locationId !== session.locationId
            ? 'moved'
            : null;
    if (kind) {
      await repository.insertSessionChange({
        change: {
          trainingOrgId: session.trainingOrgId,
          sessionId,
          groupId: session.groupId,
          kind,
          previousDate: session.date,
          previousStartTime: session.startTime,
          previousEndTime: session.endTime,
          previousLocationId: session.locationId,
          date,
          startTime,
          endTime,
          locationId,
          changedBy: ctx.actor.user.id,
          changedAt: now,
        },
      });
      const { rows: learners } = await createEnrolmentsRepository({ db: tx }).listActiveRoster({
        groupId: session.groupId,
      });
      await planSessionChangeMessages({
        db: tx,
        sessionId,
        clientIds: enrolledClientIds(learners),
        change: kind,
        previous: { date: session.date, startTime: session.startTime },
        now,
        timeZone,
      });
      await auditEach({
        records: learners.map((learner) => ({
          tenantId: learner.tenantId,
          clientId: learner.clientId,
          action: `course_session.${kind}`,
          resource: `course_session:${sessionId}`,
        })),
      });
    }
    const { rows } = await repository.listSessions({ groupId: session.groupId });
    return { session: toGroupSession(rows.find((row) => row.id === sessionId)!) };
  });
}
