import type { AuthContext } from '../app/app.types';
import { type Database, withTransaction } from '../app/database';
import { writeAudit, writeAudits } from '../audit/audit.usecases';
import { readProgrammeSettings } from '../programmes/programmes.settings';
import type { Clock } from '../shared/clock';
import { isAppError } from '../shared/errors';
import { isIdOf } from '../shared/ids';
import { createAttendanceRepository, type TrainingViewer } from './attendance.repository';
import { attendanceWindow } from './attendance.rules';
import {
  createAttendanceTooEarlyError,
  createCorrectionWindowClosedError,
  createEnrolmentNotFoundError,
  createNotEnrolledInSessionError,
  createSessionCancelledError,
  createSessionNotFoundError,
} from './training.errors';
import type { AttendanceList, AttendanceMarkInput, AttendanceMarkResponse } from './training.schemas';

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
  db,
  auth,
  clock,
  today,
  sessionId,
  requestId,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  today: string;
  sessionId: string;
  requestId: string;
}): Promise<AttendanceList> {
  const repository = createAttendanceRepository({ db });
  const { session } = isIdOf({ kind: 'courseSession', value: sessionId })
    ? await repository.findSession({ sessionId, viewer: trainingViewerOf({ auth }) })
    : { session: undefined };
  if (!session) throw createSessionNotFoundError();
  const { rows } = await repository.listLearners({ groupId: session.groupId, sessionId: session.id });
  const window = attendanceWindow({
    sessionDate: session.date,
    today,
    cancelled: session.cancelledAt !== null,
    correctionDays: readProgrammeSettings({ stored: session.settings }).attendanceCorrectionDays,
  });
  const now = clock.now();
  await writeAudits({
    db,
    entries: rows.map((row) => ({
      actor: auth,
      tenantId: row.tenantId,
      clientId: row.clientId,
      action: 'attendance.read',
      resource: `session:${session.id}`,
      purpose: 'teaching',
      requestId,
      at: now,
    })),
  });
  const showPhone = auth.user.role === 'coordinator';
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
  db,
  auth,
  clock,
  today,
  sessionId,
  enrolmentId,
  input,
  requestId,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  today: string;
  sessionId: string;
  enrolmentId: string;
  input: AttendanceMarkInput;
  requestId: string;
}): Promise<AttendanceMarkResponse> {
  if (!isIdOf({ kind: 'courseSession', value: sessionId })) throw createSessionNotFoundError();
  try {
    return await markInTransaction();
  } catch (error) {
    if (isAppError(error)) {
      await writeAudit({
        db,
        entry: {
          actor: auth,
          tenantId: null,
          action: 'attendance.mark',
          resource: `session:${sessionId}:${enrolmentId.slice(0, 64)}`,
          outcome: 'denied',
          purpose: 'teaching',
          requestId,
          at: clock.now(),
        },
      });
    }
    throw error;
  }

  async function clearMark({
    tx,
    repository,
    enrolment,
    before,
    now,
  }: {
    tx: Database;
    repository: ReturnType<typeof createAttendanceRepository>;
    enrolment: { tenantId: string; clientId: string };
    before: { id: string; status: string } | undefined;
    now: Date;
  }): Promise<AttendanceMarkResponse> {
    const cleared = { enrolmentId, status: null, note: null, markedAt: null };
    if (!before) return { attendance: { ...cleared, corrected: false } };
    await repository.deleteMark({ sessionId, enrolmentId });
    await writeAudit({
      db: tx,
      entry: {
        actor: auth,
        tenantId: enrolment.tenantId,
        clientId: enrolment.clientId,
        action: 'attendance.clear',
        resource: `attendance:${before.id}:${before.status}->none`,
        purpose: 'teaching',
        requestId,
        at: now,
      },
    });
    return { attendance: { ...cleared, corrected: true } };
  }

  function markInTransaction() {
    return withTransaction({
      db,
      work: async (tx): Promise<AttendanceMarkResponse> => {
        const repository = createAttendanceRepository({ db: tx });
        const { session } = await repository.findSession({ sessionId, viewer: trainingViewerOf({ auth }) });
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
        if (input.status === null) return clearMark({ tx, repository, enrolment, before, now });
        const note = input.note === undefined ? (before?.note ?? null) : input.note || null;
        const { mark } = await repository.upsertMark({
          mark: {
            trainingOrgId: enrolment.trainingOrgId,
            tenantId: enrolment.tenantId,
            sessionId: session.id,
            enrolmentId,
            status: input.status,
            note,
            markedBy: auth.user.id,
            markedAt: now,
            createdAt: now,
            updatedAt: now,
          },
        });
        const corrected =
          before !== undefined && (before.status !== mark.status || before.note !== mark.note);
        if (before === undefined || corrected) {
          await writeAudit({
            db: tx,
            entry: {
              actor: auth,
              tenantId: enrolment.tenantId,
              clientId: enrolment.clientId,
              action: before === undefined ? 'attendance.mark' : 'attendance.correct',
              resource: `attendance:${mark.id}:${before?.status ?? 'none'}->${mark.status}`,
              purpose: 'teaching',
              requestId,
              at: now,
            },
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
      },
    });
  }
}

/** The teacher's (or coordinator's) note on a learner's progress, which the welfare centre reads. */
export async function saveProgressNote({
  db,
  auth,
  clock,
  enrolmentId,
  note,
  requestId,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  enrolmentId: string;
  note: string;
  requestId: string;
}): Promise<{ enrolmentId: string; progressNote: string }> {
  if (!isIdOf({ kind: 'enrolment', value: enrolmentId })) throw createEnrolmentNotFoundError();
  return withTransaction({
    db,
    work: async (tx) => {
      const repository = createAttendanceRepository({ db: tx });
      const { enrolment } = await repository.findEnrolmentForViewer({
        enrolmentId,
        viewer: trainingViewerOf({ auth }),
      });
      if (!enrolment || enrolment.status === 'withdrawn') throw createEnrolmentNotFoundError();
      const now = clock.now();
      await repository.setProgressNote({ enrolmentId, note, at: now });
      await writeAudit({
        db: tx,
        entry: {
          actor: auth,
          tenantId: enrolment.tenantId,
          clientId: enrolment.clientId,
          action: 'enrolment.progress_note',
          resource: `enrolment:${enrolmentId}`,
          purpose: 'teaching',
          requestId,
          at: now,
        },
      });
      return { enrolmentId, progressNote: note };
    },
  });
}
