import { randomBytes } from 'node:crypto';
import {
  type AttendanceMark,
  changeCapacity,
  courseCompletion,
  type Roster,
  type TrainingSession,
  validateReferral,
} from '@digipakket/domain';
import { type Database, withTransaction } from '../../ground/database/database';
import type { AuthContext } from '../../ground/http/app.types';
import type { RequestContext, TenantContext } from '../../ground/http/request-context';
import { localDateTimeToInstant } from '../../ground/shared/clock';
import { isIdOf } from '../../ground/shared/ids';
import { createAuthRepository } from '../../records/auth/auth.repository';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { createUsersRepository } from '../../records/users/users.repository';
import { createUser } from '../accounts/accounts.usecases';
import { createEnrolmentsRepository } from '../enrolments/enrolments.repository';
import {
  createCapacityBelowEnrolledError,
  createCourseGroupNotFoundError,
  createEnrolmentNotFoundError,
  createGroupHasSessionsError,
  createInvalidPatternError,
  createLocationNotFoundError,
  createReferralInvalidError,
  createReferralNotEnrolledError,
  createSessionInPastError,
  createSessionNotFoundError,
  createTeacherBusyError,
  createTeacherNotFoundError,
} from '../training/training.errors';
import { sessionDatesFromPattern } from '../training/training.schedule';
import type {
  ClientEnrolment,
  ClientSession,
  GenerateSessions,
  GroupDetail,
  GroupInput,
  GroupPatch,
  GroupSession,
  GroupSummary,
  Location,
  LocationInput,
  ReferralInput,
  ReferralView,
  SessionPatch,
  Teacher,
  TeacherInviteResponse,
  TrainingProgramme,
  Withdrawal,
} from '../training/training.schemas';
import { WITHDRAWAL_REASONS } from '../training/training.schemas';
import { createCoursesRepository } from './courses.repository';

const hhmm = (time: string) => time.slice(0, 5);
const orgOf = ({ actor }: { actor: AuthContext }) => actor.organisation.id;

function toLocation(row: {
  id: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  accessibility: string | null;
  directions: string | null;
}): Location {
  return {
    id: row.id,
    name: row.name,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    accessibility: row.accessibility,
    directions: row.directions,
  };
}

export async function listLocations({ ctx }: { ctx: RequestContext }) {
  const { db } = ctx;
  const { rows } = await createCoursesRepository({ db }).listLocations({ trainingOrgId: orgOf(ctx) });
  return { items: rows.map(toLocation) };
}

export async function saveLocation({
  ctx,
  locationId,
  input,
}: {
  ctx: RequestContext;
  locationId: string | undefined;
  input: LocationInput;
}): Promise<{ location: Location }> {
  const { db, clock } = ctx;
  const repository = createCoursesRepository({ db });
  const values = {
    name: input.name,
    street: input.street ?? null,
    postcode: input.postcode ?? null,
    city: input.city ?? null,
    accessibility: input.accessibility ?? null,
    directions: input.directions ?? null,
    updatedAt: clock.now(),
  };
  if (!locationId) {
    const { location } = await repository.insertLocation({
      location: { ...values, trainingOrgId: orgOf(ctx), createdAt: clock.now() },
    });
    return { location: toLocation(location) };
  }
  const { location } = isIdOf({ kind: 'location', value: locationId })
    ? await repository.updateLocation({ trainingOrgId: orgOf(ctx), locationId, values })
    : { location: undefined };
  if (!location) throw createLocationNotFoundError();
  return { location: toLocation(location) };
}

export async function listTeachers({ ctx }: { ctx: RequestContext }): Promise<{ items: Teacher[] }> {
  const { db } = ctx;
  const { rows } = await createCoursesRepository({ db }).listTeachers({ trainingOrgId: orgOf(ctx) });
  return {
    items: rows.map((row) => ({
      id: row.id,
      displayName: row.displayName,
      email: row.email,
      active: row.disabledAt === null,
    })),
  };
}

/**
 * Creates a teacher account with a one-time password, which is returned this once and never stored.
 * It opens only the change of password: the teacher chooses their own at first login.
 */
export async function inviteTeacher({
  ctx,
  email,
  displayName,
}: {
  ctx: RequestContext;
  email: string;
  displayName: string;
}): Promise<TeacherInviteResponse> {
  const { db } = ctx;
  const oneTimePassword = randomBytes(12).toString('base64url');
  const { user } = await createUser({
    db,
    email,
    organisationRef: orgOf(ctx),
    role: 'teacher',
    displayName,
    password: oneTimePassword,
    passwordChangeRequired: true,
  });
  return {
    teacher: { id: user.id, displayName, email: user.email, active: true },
    oneTimePassword,
  };
}

/** Disables a teacher of the organisation and ends all of their sessions, in one transaction. */
export async function deactivateTeacher({
  ctx,
  userId,
}: {
  ctx: RequestContext;
  userId: string;
}): Promise<{ teacher: Teacher }> {
  const { db, clock } = ctx;
  return withTransaction({
    db,
    work: async (tx) => {
      const { teacher } = isIdOf({ kind: 'user', value: userId })
        ? await createCoursesRepository({ db: tx }).findTeacher({ trainingOrgId: orgOf(ctx), userId })
        : { teacher: undefined };
      if (!teacher) throw createTeacherNotFoundError();
      await createUsersRepository({ db: tx }).setDisabledAt({
        userId,
        at: teacher.disabledAt ?? clock.now(),
      });
      await createAuthRepository({ db: tx }).deleteSessionsOfUser({ userId });
      return {
        teacher: { id: teacher.id, displayName: teacher.displayName, email: teacher.email, active: false },
      };
    },
  });
}

export async function listTrainingProgrammes({
  ctx,
}: {
  ctx: RequestContext;
}): Promise<{ items: TrainingProgramme[] }> {
  const { db } = ctx;
  const { rows } = await createCoursesRepository({ db }).listProgrammes({ trainingOrgId: orgOf(ctx) });
  return {
    items: rows.map((row) => {
      const settings = readProgrammeSettings({ stored: row.settings });
      return {
        id: row.id,
        name: row.name,
        tenantName: row.tenantName,
        basicSessions: settings.basicSessions,
        sessionsToComplete: settings.sessionsToComplete,
      };
    }),
  };
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof createCoursesRepository>['listGroups']>>['rows'][number];

function toGroupSummary(row: GroupRow): GroupSummary {
  const { settings, ...rest } = row;
  return { ...rest, basicSessions: readProgrammeSettings({ stored: settings }).basicSessions };
}

export async function listGroups({ ctx }: { ctx: RequestContext }) {
  const { db } = ctx;
  const { rows } = await createCoursesRepository({ db }).listGroups({ trainingOrgId: orgOf(ctx) });
  return { items: rows.map(toGroupSummary) };
}

async function checkReferences({
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
}: {
  ctx: RequestContext;
  input: GroupInput;
}): Promise<{ group: GroupSummary }> {
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
}: {
  ctx: RequestContext;
  groupId: string;
  input: GroupPatch;
}): Promise<{ group: GroupSummary }> {
  const { db, clock } = ctx;
  if (!isIdOf({ kind: 'courseGroup', value: groupId })) throw createCourseGroupNotFoundError();
  return withTransaction({
    db,
    work: async (tx) => {
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
          await ctx.audit({
            db: tx,
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
    },
  });
}

function toGroupSession(row: {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  locationId: string | null;
  locationName: string | null;
  cancelledAt: Date | null;
}): GroupSession {
  return {
    id: row.id,
    date: row.date,
    startTime: hhmm(row.startTime),
    endTime: hhmm(row.endTime),
    locationId: row.locationId,
    locationName: row.locationName,
    cancelled: row.cancelledAt !== null,
  };
}

function toReferral(row: {
  decision: 'referred' | 'not_referred';
  courseName: string | null;
  reason: string | null;
  decidedAt: Date;
}): ReferralView {
  return {
    decision: row.decision,
    courseName: row.courseName,
    reason: row.reason,
    decidedAt: row.decidedAt.toISOString(),
  };
}

/** The group with its sessions and roster, each learner's completion derived from attendance. Audited per learner. */
export async function getGroupDetail({
  ctx,
  groupId,
}: {
  ctx: RequestContext;
  groupId: string;
}): Promise<GroupDetail> {
  const { db, clock } = ctx;
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
  const _now = clock.now();
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

/** Plans the programme's number of half-day sessions from a start date on the chosen weekdays. */
export async function generateSessions({
  ctx,
  groupId,
  input,
}: {
  ctx: RequestContext;
  groupId: string;
  input: GenerateSessions;
}): Promise<{ sessions: GroupSession[] }> {
  const { db, clock } = ctx;
  if (input.endTime <= input.startTime) throw createInvalidPatternError();
  if (!isIdOf({ kind: 'courseGroup', value: groupId })) throw createCourseGroupNotFoundError();
  return withTransaction({
    db,
    work: async (tx) => {
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
      const { rows } = await repository.listSessions({ groupId });
      return { sessions: rows.map(toGroupSession) };
    },
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
}: {
  ctx: RequestContext;
  timeZone: string;
  sessionId: string;
  input: SessionPatch;
}): Promise<{ session: GroupSession }> {
  const { db, clock } = ctx;
  if (!isIdOf({ kind: 'courseSession', value: sessionId })) throw createSessionNotFoundError();
  return withTransaction({
    db,
    work: async (tx) => {
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
        if (localDateTimeToInstant({ date, time: startTime, timeZone }) < now)
          throw createSessionInPastError();
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
        await ctx.auditEach({
          db: tx,
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
    },
  });
}

/** Records the decision after the basic course (domain `validateReferral`); one per enrolment, audited. */
export async function decideReferral({
  ctx,
  enrolmentId,
  input,
}: {
  ctx: RequestContext;
  enrolmentId: string;
  input: ReferralInput;
}): Promise<{ referral: ReferralView }> {
  const { db, clock } = ctx;
  const referral =
    input.decision === 'referred'
      ? ({ decision: 'referred', courseName: input.courseName } as const)
      : ({ decision: 'not_referred', reason: input.reason } as const);
  const checked = validateReferral({ referral });
  if (!checked.ok) throw createReferralInvalidError({ details: { reasons: checked.reasons } });
  if (!isIdOf({ kind: 'enrolment', value: enrolmentId })) throw createEnrolmentNotFoundError();
  return withTransaction({
    db,
    work: async (tx) => {
      const repository = createCoursesRepository({ db: tx });
      const { enrolment } = await repository.findEnrolmentOfOrg({
        trainingOrgId: orgOf(ctx),
        enrolmentId,
      });
      if (!enrolment) throw createEnrolmentNotFoundError();
      if (enrolment.status !== 'enrolled') throw createReferralNotEnrolledError();
      const now = clock.now();
      const { referral: row } = await repository.upsertReferral({
        referral: {
          tenantId: enrolment.tenantId,
          trainingOrgId: enrolment.trainingOrgId,
          clientId: enrolment.clientId,
          enrolmentId,
          decision: referral.decision,
          courseName: referral.decision === 'referred' ? referral.courseName : null,
          reason: referral.decision === 'not_referred' ? referral.reason : null,
          decidedBy: ctx.actor.user.id,
          decidedAt: now,
          createdAt: now,
          updatedAt: now,
        },
      });
      await ctx.audit({
        db: tx,
        tenantId: enrolment.tenantId,
        clientId: enrolment.clientId,
        action: 'referral.decide',
        resource: `enrolment:${enrolmentId}`,
      });
      return { referral: toReferral(row) };
    },
  });
}

function toWithdrawal(row: {
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  withdrawnNote: string | null;
}): Withdrawal | null {
  if (!row.withdrawnAt) return null;
  const reason = WITHDRAWAL_REASONS.find((known) => known === row.withdrawnReason) ?? null;
  return { reason, note: row.withdrawnNote, at: row.withdrawnAt.toISOString() };
}

function toClientSession({
  session,
  changes,
}: {
  session: {
    id: string;
    date: string;
    startTime: string;
    endTime: string;
    locationName: string | null;
    cancelledAt: Date | null;
  };
  changes: { sessionId: string; kind: string; previousDate: string; previousStartTime: string }[];
}): ClientSession {
  const first = changes.find((change) => change.sessionId === session.id);
  const plannedDate = first?.previousDate ?? session.date;
  const plannedStartTime = hhmm(first?.previousStartTime ?? session.startTime);
  const moved = plannedDate !== session.date || plannedStartTime !== hhmm(session.startTime);
  const relocated = changes.some((change) => change.sessionId === session.id && change.kind === 'moved');
  return {
    id: session.id,
    date: session.date,
    startTime: hhmm(session.startTime),
    endTime: hhmm(session.endTime),
    locationName: session.locationName,
    status: session.cancelledAt !== null ? 'cancelled' : moved || relocated ? 'moved' : 'planned',
    plannedDate,
    plannedStartTime,
  };
}

/** The welfare centre's view of one client's training: place, attendance, completion, referral, progress note. */
export async function listClientEnrolments({
  ctx,
  clientId,
}: {
  ctx: TenantContext;
  clientId: string;
}): Promise<{ items: ClientEnrolment[] }> {
  const { db, tenantId } = ctx;
  const { client } = isIdOf({ kind: 'client', value: clientId })
    ? await createEnrolmentsRepository({ db }).findClientOfTenant({ tenantId, clientId })
    : { client: undefined };
  if (!client) {
    await ctx.audit({
      clientId: null,
      action: 'enrolment.read',
      resource: `client:${clientId.slice(0, 64)}`,
      outcome: 'denied',
      purpose: 'client_file',
    });
    throw createClientNotFoundError();
  }
  const repository = createCoursesRepository({ db });
  const { rows } = await repository.listClientEnrolments({ tenantId, clientId });
  const enrolmentIds = rows.map((row) => row.id);
  const [{ rows: marks }, { rows: referrals }] = await Promise.all([
    repository.listMarks({ enrolmentIds }),
    repository.listReferrals({ enrolmentIds }),
  ]);
  const { rows: changes } = await repository.listSessionChanges({
    groupIds: [...new Set(rows.map((row) => row.groupId))],
  });
  const items: ClientEnrolment[] = [];
  for (const row of rows) {
    const { rows: sessionRows } = await repository.listSessions({ groupId: row.groupId });
    const sessions = sessionRows
      .filter((session) => session.cancelledAt === null)
      .map((session) => ({
        id: session.id,
        date: session.date,
        start: hhmm(session.startTime),
        end: hhmm(session.endTime),
      }));
    const completion = courseCompletion({
      sessions,
      marks: marks.filter((mark) => mark.enrolmentId === row.id),
      settings: readProgrammeSettings({ stored: row.settings }),
    });
    const referral = referrals.find((item) => item.enrolmentId === row.id);
    items.push({
      id: row.id,
      groupId: row.groupId,
      groupName: row.groupName,
      status: row.status,
      position: row.position,
      firstSessionDate: row.firstSessionDate,
      attended: completion.attended,
      required: completion.required,
      sessionCount: sessions.length,
      completed: completion.completed,
      referral: referral ? toReferral(referral) : null,
      progressNote: row.progressNote,
      withdrawal: toWithdrawal(row),
      sessions: sessionRows.map((session) => toClientSession({ session, changes })),
    });
  }
  await ctx.audit({
    clientId,
    action: 'enrolment.read',
    resource: `client:${clientId}`,
    purpose: 'client_file',
  });
  return { items };
}
