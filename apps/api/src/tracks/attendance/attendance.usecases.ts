import type { AuthContext } from '../../ground/http/app.types';
import type { RequestArgs, TransactionScope } from '../../ground/http/request-context';
import { isAppError } from '../../ground/shared/errors';
import { isIdOf } from '../../ground/shared/ids';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import {
  createAttendanceTooEarlyError,
  createCorrectionWindowClosedError,
  createEnrolmentNotFoundError,
  createNotEnrolledInSessionError,
  createSessionCancelledError,
  createSessionNotFoundError,
} from '../training/training.errors';
import type {
  AttendanceList,
  AttendanceMarkInput,
  AttendanceMarkResponse,
} from '../training/training.schemas';
import { createAttendanceRepository, type TrainingViewer } from './attendance.repository';
import { attendanceWindow } from './attendance.rules';

/** A coordinator sees the whole organisation; a teacher only their own groups. */
export function trainingViewerOf({ auth }: { auth: AuthContext }): TrainingViewer {
  return {
    trainingOrgId: auth.organisation.id,
    teacherUserId: auth.user.role === 'coordinator' ? undefined : auth.user.id,
  };
}

const hhmm = (time: string) => time.slice(0, 5);

/** The attendance list of one session; every learner shown is one audited read. */
export async function getAttendanceList({
  ctx,
  today,
  sessionId,
}: RequestArgs<{ today: string; sessionId: string }>): Promise<AttendanceList> {
  const { db } = ctx;
  const repository = createAttendanceRepository({ db });
  const { session } = isIdOf({ kind: 'courseSession', value: sessionId })
    ? await repository.findSession({ sessionId, viewer: trainingViewerOf({ auth: ctx.actor }) })
    : { session: undefined };
  if (!session) throw createSessionNotFoundError();
  const { rows } = await repository.listLearners({ groupId: session.groupId, sessionId: session.id });
  const window = attendanceWindow({
    sessionDate: session.date,
    today,
    cancelled: session.cancelledAt !== null,
    correctionDays: readProgrammeSettings({ stored: session.settings }).attendanceCorrectionDays,
  });
  await ctx.auditEach({
    records: rows.map((row) => ({
      tenantId: row.tenantId,
      clientId: row.clientId,
      action: 'attendance.read',
      resource: `session:${session.id}`,
      purpose: 'teaching',
    })),
  });
  const showPhone = ctx.actor.user.role === 'coordinator';
  return {
    session: {
      id: session.id,
      groupId: session.groupId,
      groupName: session.groupName,
      date: session.date,
      startTime: hhmm(session.startTime),
      endTime: hhmm(session.endTime),
      locationName: session.locationName,
      cancelled: session.cancelledAt !== null,
      editableFrom: window.from,
      editableUntil: window.until,
      editable: window.editable,
    },
    learners: rows.map((row) => ({
      enrolmentId: row.enrolmentId,
      clientId: row.clientId,
      firstName: row.firstName,
      lastName: row.lastName,
      preferredLanguage: row.preferredLanguage,
      skillLevel: row.skillLevel,
      ...(showPhone ? { phone: row.phone } : {}),
      status: row.status,
      note: row.note,
      markedAt: row.markedAt ? row.markedAt.toISOString() : null,
      progressNote: row.progressNote,
    })),
  };
}

/**
 * Sets, corrects or clears (`status: null`) one learner's attendance at a session: from the session
 * day until the correction window closes. The change and its audit row (`attendance.mark`,
 * `attendance.correct` or `attendance.clear`) commit together; clearing a learner without a mark
 * changes nothing and is not audited.
 */
export async function markAttendance({
  ctx,
  today,
  sessionId,
  enrolmentId,
  input,
}: RequestArgs<{
  today: string;
  sessionId: string;
  enrolmentId: string;
  input: AttendanceMarkInput;
}>): Promise<AttendanceMarkResponse> {
  const { clock } = ctx;
  if (!isIdOf({ kind: 'courseSession', value: sessionId })) throw createSessionNotFoundError();
  try {
    return await markInTransaction();
  } catch (error) {
    if (isAppError(error)) {
      await ctx.audit({
        tenantId: null,
        action: 'attendance.mark',
        resource: `session:${sessionId}:${enrolmentId.slice(0, 64)}`,
        outcome: 'denied',
        purpose: 'teaching',
      });
    }
    throw error;
  }

  async function clearMark({
    audit,
    repository,
    enrolment,
    before,
    now,
  }: {
    audit: TransactionScope['audit'];
    repository: ReturnType<typeof createAttendanceRepository>;
    enrolment: { tenantId: string; clientId: string };
    before: { id: string; status: string } | undefined;
    now: Date;
  }): Promise<AttendanceMarkResponse> {
    const cleared = { enrolmentId, status: null, note: null, markedAt: null };
    if (!before) return { attendance: { ...cleared, corrected: false } };
    await repository.deleteMark({ sessionId, enrolmentId });
    await audit({
      tenantId: enrolment.tenantId,
      clientId: enrolment.clientId,
      action: 'attendance.clear',
      resource: `attendance:${before.id}:${before.status}->none`,
      purpose: 'teaching',
      at: now,
    });
    return { attendance: { ...cleared, corrected: true } };
  }

  function markInTransaction() {
    return ctx.transaction(async ({ tx, audit }): Promise<AttendanceMarkResponse> => {
      const repository = createAttendanceRepository({ db: tx });
      const { session } = await repository.findSession({
        sessionId,
        viewer: trainingViewerOf({ auth: ctx.actor }),
      });
      if (!session) throw createSessionNotFoundError();
      const window = attendanceWindow({
        sessionDate: session.date,
        today,
        cancelled: session.cancelledAt !== null,
        correctionDays: readProgrammeSettings({ stored: session.settings }).attendanceCorrectionDays,
      });
      if (window.refusal === 'cancelled') throw createSessionCancelledError();
      if (window.refusal === 'too_early') throw createAttendanceTooEarlyError();
      if (window.refusal === 'too_late') {
        throw createCorrectionWindowClosedError({ details: { editableUntil: window.until } });
      }
      const { enrolment } = isIdOf({ kind: 'enrolment', value: enrolmentId })
        ? await repository.findEnrolmentInGroup({ enrolmentId, groupId: session.groupId })
        : { enrolment: undefined };
      if (!enrolment) throw createEnrolmentNotFoundError();
      if (enrolment.status !== 'enrolled') throw createNotEnrolledInSessionError();

      const { mark: before } = await repository.findMark({ sessionId: session.id, enrolmentId });
      const now = clock.now();
      if (input.status === null) return clearMark({ audit, repository, enrolment, before, now });
      const note = input.note === undefined ? (before?.note ?? null) : input.note || null;
      const { mark } = await repository.upsertMark({
        mark: {
          trainingOrgId: enrolment.trainingOrgId,
          tenantId: enrolment.tenantId,
          sessionId: session.id,
          enrolmentId,
          status: input.status,
          note,
          markedBy: ctx.actor.user.id,
          markedAt: now,
          createdAt: now,
          updatedAt: now,
        },
      });
      const corrected = before !== undefined && (before.status !== mark.status || before.note !== mark.note);
      if (before === undefined || corrected) {
        await audit({
          tenantId: enrolment.tenantId,
          clientId: enrolment.clientId,
          action: before === undefined ? 'attendance.mark' : 'attendance.correct',
          resource: `attendance:${mark.id}:${before?.status ?? 'none'}->${mark.status}`,
          purpose: 'teaching',
        });
      }
      return {
        attendance: {
          enrolmentId,
          status: mark.status,
          note: mark.note,
          markedAt: mark.markedAt.toISOString(),
          corrected,
        },
      };
    });
  }
}

/** The teacher's (or coordinator's) note on a learner's progress, which the welfare centre reads. */
export async function saveProgressNote({
  ctx,
  enrolmentId,
  note,
}: RequestArgs<{ enrolmentId: string; note: string }>): Promise<{
  enrolmentId: string;
  progressNote: string;
}> {
  const { clock } = ctx;
  if (!isIdOf({ kind: 'enrolment', value: enrolmentId })) throw createEnrolmentNotFoundError();
  return ctx.transaction(async ({ tx, audit }) => {
    const repository = createAttendanceRepository({ db: tx });
    const { enrolment } = await repository.findEnrolmentForViewer({
      enrolmentId,
      viewer: trainingViewerOf({ auth: ctx.actor }),
    });
    if (!enrolment || enrolment.status === 'withdrawn') throw createEnrolmentNotFoundError();
    const now = clock.now();
    await repository.setProgressNote({ enrolmentId, note, at: now });
    await audit({
      tenantId: enrolment.tenantId,
      clientId: enrolment.clientId,
      action: 'enrolment.progress_note',
      resource: `enrolment:${enrolmentId}`,
      purpose: 'teaching',
    });
    return { enrolmentId, progressNote: note };
  });
}
