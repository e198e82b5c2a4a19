import {
  type AttendanceMark,
  changeCapacity,
  courseCompletion,
  type Roster,
  type TrainingSession,
} from '@digipakket/domain';
import type { Database } from '../../ground/database/database';
import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { createEnrolmentsRepository } from '../enrolments/enrolments.repository';
import {
  createCapacityBelowEnrolledError,
  createCourseGroupNotFoundError,
  createLocationNotFoundError,
  createTeacherNotFoundError,
} from '../training/training.errors';
import type { GroupDetail, GroupInput, GroupPatch, GroupSummary } from '../training/training.schemas';
import { hhmm, orgOf, toGroupSession, toGroupSummary, toReferral, toWithdrawal } from './courses.mapping';
import { createCoursesRepository } from './courses.repository';

export async function listGroups({ ctx }: { ctx: RequestContext }) {
  const { db } = ctx;
  const { rows } = await createCoursesRepository({ db }).listGroups({ trainingOrgId: orgOf(ctx) });
  return { items: rows.map(toGroupSummary) };
}

export async function checkReferences({
  ctx,
  db = ctx.db,
  locationId,
  teacherUserId,
}: {
  ctx: RequestContext;
  /** The transaction the caller works in, if any. */
  db?: Database;
  locationId: string | null | undefined;
  teacherUserId: string | null | undefined;
}) {
  const repository = createCoursesRepository({ db });
  if (locationId) {
    const { location } = isIdOf({ kind: 'location', value: locationId })
      ? await repository.findLocation({ trainingOrgId: orgOf(ctx), locationId })
      : { location: undefined };
    if (!location) throw createLocationNotFoundError();
  }
  if (teacherUserId) {
    const { teacher } = isIdOf({ kind: 'user', value: teacherUserId })
      ? await repository.findTeacher({ trainingOrgId: orgOf(ctx), userId: teacherUserId })
      : { teacher: undefined };
    if (!teacher || teacher.disabledAt) throw createTeacherNotFoundError();
  }
}

export async function createGroup({
  ctx,
  input,
}: RequestArgs<{ input: GroupInput }>): Promise<{ group: GroupSummary }> {
  const { db, clock } = ctx;
  const repository = createCoursesRepository({ db });
  const { rows: programmes } = await repository.listProgrammes({ trainingOrgId: orgOf(ctx) });
  if (!programmes.some((programme) => programme.id === input.programmeId))
    throw createCourseGroupNotFoundError();
  await checkReferences({ ctx, locationId: input.locationId, teacherUserId: input.teacherUserId });
  const now = clock.now();
  const { group } = await repository.insertGroup({
    group: {
      trainingOrgId: orgOf(ctx),
      programmeId: input.programmeId,
      kind: 'basic',
      name: input.name,
      locationId: input.locationId ?? null,
      teacherUserId: input.teacherUserId ?? null,
      capacity: input.capacity,
      languageSupport: input.languageSupport,
      createdAt: now,
      updatedAt: now,
    },
  });
  const { rows } = await repository.listGroups({ trainingOrgId: orgOf(ctx), groupId: group.id });
  return { group: toGroupSummary(rows[0]!) };
}

/**
 * Changes a group. A higher capacity moves waitlisted learners up (domain `changeCapacity`); a capacity
 * below the enrolled learners is refused. The group row is locked like an enrolment does.
 */
export async function updateGroup({
  ctx,
  groupId,
  input,
}: RequestArgs<{ groupId: string; input: GroupPatch }>): Promise<{ group: GroupSummary }> {
  const { clock } = ctx;
  if (!isIdOf({ kind: 'courseGroup', value: groupId })) throw createCourseGroupNotFoundError();
  return ctx.transaction(async ({ tx, audit }) => {
    const now = clock.now();
    const enrolments = createEnrolmentsRepository({ db: tx });
    const { group } = await enrolments.lockGroup({ groupId, trainingOrgIds: [orgOf(ctx)] });
    if (!group) throw createCourseGroupNotFoundError();
    await checkReferences({
      ctx,
      db: tx,
      locationId: input.locationId,
      teacherUserId: input.teacherUserId,
    });
    const values: Record<string, unknown> = { updatedAt: now };
    if (input.name !== undefined) values.name = input.name;
    if (input.locationId !== undefined) values.locationId = input.locationId;
    if (input.teacherUserId !== undefined) values.teacherUserId = input.teacherUserId;
    if (input.languageSupport !== undefined) values.languageSupport = input.languageSupport;
    if (input.capacity !== undefined && input.capacity !== group.capacity) {
      const { rows } = await enrolments.listActiveRoster({ groupId });
      const roster: Roster = {
        capacity: group.capacity,
        entries: rows.map((row) => ({ clientId: row.clientId, status: row.status, since: row.enrolledAt })),
      };
      const outcome = changeCapacity({ roster, capacity: input.capacity });
      if (!outcome.ok) throw createCapacityBelowEnrolledError();
      const promoted = rows.filter(
        (row) => row.status === 'waitlisted' && outcome.promoted.includes(row.clientId),
      );
      for (const row of promoted) {
        await enrolments.setStatus({ enrolmentId: row.id, status: 'enrolled', position: null, now });
        await audit({
          tenantId: row.tenantId,
          clientId: row.clientId,
          action: 'enrolment.promote',
          resource: `enrolment:${row.id}`,
        });
      }
      values.capacity = input.capacity;
      values.enrolledCount = group.enrolledCount + promoted.length;
      await enrolments.renumberWaitlist({
        enrolmentIds: rows
          .filter((row) => row.status === 'waitlisted' && !promoted.includes(row))
          .map((row) => row.id),
        now,
      });
    }
    await createCoursesRepository({ db: tx }).updateGroup({ groupId, values });
    const { rows } = await createCoursesRepository({ db: tx }).listGroups({
      trainingOrgId: orgOf(ctx),
      groupId,
    });
    return { group: toGroupSummary(rows[0]!) };
  });
}

/** The group with its sessions and roster, each learner's completion derived from attendance. Audited per learner. */
export async function getGroupDetail({
  ctx,
  groupId,
}: RequestArgs<{ groupId: string }>): Promise<GroupDetail> {
  const { db } = ctx;
  const repository = createCoursesRepository({ db });
  const { rows: groups } = isIdOf({ kind: 'courseGroup', value: groupId })
    ? await repository.listGroups({ trainingOrgId: orgOf(ctx), groupId })
    : { rows: [] };
  const groupRow = groups[0];
  if (!groupRow) throw createCourseGroupNotFoundError();
  const settings = readProgrammeSettings({ stored: groupRow.settings });
  const { rows: sessionRows } = await repository.listSessions({ groupId });
  const { rows: roster } = await repository.listRoster({ groupIds: [groupId] });
  const enrolmentIds = roster.map((row) => row.enrolmentId);
  const [{ rows: marks }, { rows: referrals }] = await Promise.all([
    repository.listMarks({ enrolmentIds }),
    repository.listReferrals({ enrolmentIds }),
  ]);
  const sessions: TrainingSession[] = sessionRows
    .filter((row) => row.cancelledAt === null)
    .map((row) => ({ id: row.id, date: row.date, start: hhmm(row.startTime), end: hhmm(row.endTime) }));
  for (const row of roster) {
    await ctx.audit({
      tenantId: row.tenantId,
      clientId: row.clientId,
      action: 'enrolment.read',
      resource: `group:${groupId}`,
      purpose: 'training_coordination',
    });
  }
  return {
    group: toGroupSummary(groupRow),
    sessions: sessionRows.map(toGroupSession),
    learners: roster.map((row) => {
      const own: AttendanceMark[] = marks
        .filter((mark) => mark.enrolmentId === row.enrolmentId)
        .map((mark) => ({ sessionId: mark.sessionId, status: mark.status }));
      const completion = courseCompletion({ sessions, marks: own, settings });
      const referral = referrals.find((item) => item.enrolmentId === row.enrolmentId);
      return {
        enrolmentId: row.enrolmentId,
        firstName: row.firstName,
        lastName: row.lastName,
        preferredLanguage: row.preferredLanguage,
        skillLevel: row.skillLevel,
        phone: row.phone,
        status: row.status,
        position: row.position,
        attended: completion.attended,
        required: completion.required,
        sessionCount: sessions.length,
        completed: completion.completed,
        stillPossible: completion.stillPossible,
        referral: referral ? toReferral(referral) : null,
        progressNote: row.progressNote,
        withdrawal: toWithdrawal(row),
      };
    }),
  };
}
