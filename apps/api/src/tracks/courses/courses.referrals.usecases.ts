import { courseCompletion, validateReferral } from '@digipakket/domain';
import type { ClientArgs, RequestArgs } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { createEnrolmentsRepository } from '../enrolments/enrolments.repository';
import {
  createEnrolmentNotFoundError,
  createReferralInvalidError,
  createReferralNotEnrolledError,
} from '../training/training.errors';
import type { ClientEnrolment, ReferralInput, ReferralView } from '../training/training.schemas';
import { hhmm, orgOf, toClientSession, toReferral, toWithdrawal } from './courses.mapping';
import { createCoursesRepository } from './courses.repository';

/** Records the decision after the basic course (domain `validateReferral`); one per enrolment, audited. */
export async function decideReferral({
  ctx,
  enrolmentId,
  input,
}: RequestArgs<{ enrolmentId: string; input: ReferralInput }>): Promise<{ referral: ReferralView }> {
  const { clock } = ctx;
  const referral =
    input.decision === 'referred'
      ? ({ decision: 'referred', courseName: input.courseName } as const)
      : ({ decision: 'not_referred', reason: input.reason } as const);
  const checked = validateReferral({ referral });
  if (!checked.ok) throw createReferralInvalidError({ details: { reasons: checked.reasons } });
  if (!isIdOf({ kind: 'enrolment', value: enrolmentId })) throw createEnrolmentNotFoundError();
  return ctx.transaction(async ({ tx, audit }) => {
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
    await audit({
      tenantId: enrolment.tenantId,
      clientId: enrolment.clientId,
      action: 'referral.decide',
      resource: `enrolment:${enrolmentId}`,
    });
    return { referral: toReferral(row) };
  });
}

/** The welfare centre's view of one client's training: place, attendance, completion, referral, progress note. */
export async function listClientEnrolments({
  ctx,
  clientId,
}: ClientArgs): Promise<{ items: ClientEnrolment[] }> {
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
