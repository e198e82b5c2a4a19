import { enrol, type Roster, withdraw } from '@digipakket/domain';
import type { RequestArgs, TenantArgs, TenantContext } from '../../ground/http/request-context';
import { runIdempotent } from '../../ground/idempotency/idempotency.transaction';
import { createConflictRetryError, isAppError } from '../../ground/shared/errors';
import { isIdOf } from '../../ground/shared/ids';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { planGroupLessonMessages } from '../messages/messages.lessons';
import {
  createAlreadyOnRosterError,
  createAlreadyWithdrawnError,
  createCourseGroupNotFoundError,
  createEnrolmentNotFoundError,
  createLanguageNotServedError,
} from '../training/training.errors';
import type {
  EnrolmentResult,
  OpenGroup,
  WithdrawInput,
  WithdrawResponse,
} from '../training/training.schemas';
import { createEnrolmentsRepository, type EnrolmentRow } from './enrolments.repository';

function toRoster({ capacity, rows }: { capacity: number; rows: EnrolmentRow[] }): Roster {
  return {
    capacity,
    entries: rows.map((row) => ({ clientId: row.clientId, status: row.status, since: row.enrolledAt })),
  };
}

/**
 * Groups of the training partners of the tenant's active programmes that still have sessions ahead;
 * a group whose first session is past is left out unless `includeStarted`, and marked `started`.
 */
export async function listOpenGroups({
  ctx,
  today,
  includeStarted = false,
}: {
  ctx: TenantContext;
  today: string;
  includeStarted?: boolean;
}): Promise<{ items: OpenGroup[] }> {
  const { db, tenantId } = ctx;
  const repository = createEnrolmentsRepository({ db });
  const { partners } = await repository.listTrainingPartners({ tenantId });
  const { rows } = await repository.listOpenGroups({
    trainingOrgIds: [...partners.keys()],
    today,
    includeStarted,
  });
  return { items: rows };
}

type StoredAnswer = { status: 201; body: { enrolment: EnrolmentResult } };

/**
 * Enrols a client of the caller's tenant in a group of its training partner, or puts them on the
 * waitlist when the group is full. The group row is locked first, so concurrent enrolments of one
 * group queue up; the seat counter's conditional update and CHECK hold capacity in the database.
 * With an Idempotency-Key, the same key and body replay the first answer (also while it is running).
 */
export async function enrolClient({
  ctx,
  timeZone,
  input,
  idempotencyKey,
}: TenantArgs<{
  timeZone: string;
  input: { clientId: string; groupId: string; confirmLanguageMismatch?: boolean | undefined };
  idempotencyKey: string | undefined;
}>): Promise<StoredAnswer> {
  const { db, clock, tenantId } = ctx;

  try {
    return await enrolInTransaction({ tenantId });
  } catch (error) {
    // The refused attempt is audited on its own: the transaction that would have held it rolled back.
    if (isAppError(error)) {
      await ctx.audit({
        clientId: null,
        action: 'enrolment.enrol',
        resource: `client:${input.clientId.slice(0, 64)}`,
        outcome: 'denied',
      });
    }
    throw error;
  }

  async function enrolInTransaction({ tenantId }: { tenantId: string }): Promise<StoredAnswer> {
    const answer = await runIdempotent({
      db,
      key: idempotencyKey,
      userId: ctx.actor.user.id,
      route: 'training.enrol',
      body: input,
      status: 201,
      at: clock.now(),
      work: async (tx): Promise<StoredAnswer['body']> => {
        const now = clock.now();
        const repository = createEnrolmentsRepository({ db: tx });
        const { client } = isIdOf({ kind: 'client', value: input.clientId })
          ? await repository.findClientOfTenant({ tenantId, clientId: input.clientId })
          : { client: undefined };
        if (!client) throw createClientNotFoundError();
        const { partners } = await repository.listTrainingPartners({ tenantId });
        const { group } = isIdOf({ kind: 'courseGroup', value: input.groupId })
          ? await repository.lockGroup({ groupId: input.groupId, trainingOrgIds: [...partners.keys()] })
          : { group: undefined };
        if (!group) throw createCourseGroupNotFoundError();
        // A group that states its languages and does not list the client's needs a second thought.
        if (
          group.languageSupport.length > 0 &&
          !group.languageSupport.includes(client.preferredLanguage) &&
          input.confirmLanguageMismatch !== true
        ) {
          throw createLanguageNotServedError({
            details: { clientLanguage: client.preferredLanguage, groupLanguages: group.languageSupport },
          });
        }

        const { rows } = await repository.listActiveRoster({ groupId: group.id });
        const decision = enrol({
          roster: toRoster({ capacity: group.capacity, rows }),
          clientId: client.id,
          now,
        });
        if (!decision.ok) throw createAlreadyOnRosterError();
        let status = decision.status;
        if (status === 'enrolled') {
          const { taken } = await repository.takeSeat({ groupId: group.id });
          // The counter and the roster disagree only after a manual edit; the counter wins.
          if (!taken) status = 'waitlisted';
        }
        const position =
          status === 'waitlisted' ? rows.filter((row) => row.status === 'waitlisted').length + 1 : null;
        const { enrolment } = await repository.insertEnrolment({
          enrolment: {
            trainingOrgId: group.trainingOrgId,
            tenantId,
            groupId: group.id,
            clientId: client.id,
            programmeId: partners.get(group.trainingOrgId) ?? null,
            status,
            position,
            enrolledAt: now,
            createdAt: now,
            updatedAt: now,
          },
        });
        if (status === 'enrolled') {
          await planGroupLessonMessages({ db: tx, groupId: group.id, clientIds: [client.id], now, timeZone });
        }
        await ctx.audit({
          db: tx,
          clientId: client.id,
          action: status === 'enrolled' ? 'enrolment.enrol' : 'enrolment.waitlist',
          resource: `enrolment:${enrolment.id}`,
        });
        return { enrolment: { id: enrolment.id, status, position } };
      },
    });
    return { status: 201, body: answer.body };
  }
}

/**
 * Withdraws an enrolment (or a place on the waitlist). When that frees a seat, the first waitlisted
 * learner is enrolled in the same transaction and the waitlist is numbered again. The welfare centre
 * of the client and the coordinator of the training partner may do this; anyone else gets 404. The
 * reason is stored with the enrolment; the audit row names who withdrew and when.
 */
export async function withdrawEnrolment({
  ctx,
  timeZone,
  enrolmentId,
  input,
}: RequestArgs<{ timeZone: string; enrolmentId: string; input: WithdrawInput }>): Promise<WithdrawResponse> {
  const { clock } = ctx;
  if (!isIdOf({ kind: 'enrolment', value: enrolmentId })) throw createEnrolmentNotFoundError();
  return ctx.transaction(async ({ tx, audit, auditEach }) => {
    const now = clock.now();
    const repository = createEnrolmentsRepository({ db: tx });
    const { enrolment: found } = await repository.findEnrolment({ enrolmentId });
    const tenantId = ctx.tenantId ?? undefined;
    const mayChange =
      found &&
      (tenantId
        ? found.tenantId === tenantId
        : ctx.actor.organisation.kind === 'training' &&
          ctx.actor.user.role === 'coordinator' &&
          found.trainingOrgId === ctx.actor.organisation.id);
    if (!found || !mayChange) throw createEnrolmentNotFoundError();

    const { group } = await repository.lockGroup({ groupId: found.groupId });
    if (!group) throw createEnrolmentNotFoundError();
    const { enrolment } = await repository.findEnrolment({ enrolmentId });
    if (!enrolment || enrolment.status === 'withdrawn') throw createAlreadyWithdrawnError();

    const { rows } = await repository.listActiveRoster({ groupId: group.id });
    const outcome = withdraw({
      roster: toRoster({ capacity: group.capacity, rows }),
      clientId: enrolment.clientId,
    });
    if (!outcome.ok) throw createAlreadyWithdrawnError();

    await repository.setStatus({
      enrolmentId,
      status: 'withdrawn',
      position: null,
      withdrawnAt: now,
      withdrawal: { reason: input.reason, note: input.note || null, by: ctx.actor.user.id },
      now,
    });
    const promotedRows = rows.filter(
      (row) => row.status === 'waitlisted' && outcome.promoted.includes(row.clientId),
    );
    for (const row of promotedRows) {
      await repository.setStatus({ enrolmentId: row.id, status: 'enrolled', position: null, now });
    }
    const seatsFreed = (enrolment.status === 'enrolled' ? 1 : 0) - promotedRows.length;
    for (let freed = 0; freed < seatsFreed; freed += 1) await repository.releaseSeat({ groupId: group.id });
    if (seatsFreed < 0) throw createConflictRetryError();
    const stillWaiting = rows
      .filter((row) => row.status === 'waitlisted' && row.id !== enrolmentId && !promotedRows.includes(row))
      .map((row) => row.id);
    await repository.renumberWaitlist({ enrolmentIds: stillWaiting, now });
    // The reminders follow the roster: the learner who left gets none, those who moved up get theirs.
    await planGroupLessonMessages({
      db: tx,
      groupId: group.id,
      clientIds: [enrolment.clientId],
      off: true,
      now,
      timeZone,
    });
    await planGroupLessonMessages({
      db: tx,
      groupId: group.id,
      clientIds: promotedRows.map((row) => row.clientId),
      now,
      timeZone,
    });

    await audit({
      tenantId: enrolment.tenantId,
      clientId: enrolment.clientId,
      action: 'enrolment.withdraw',
      resource: `enrolment:${enrolment.id}`,
    });
    await auditEach({
      records: promotedRows.map((row) => ({
        tenantId: row.tenantId,
        clientId: row.clientId,
        action: 'enrolment.promote',
        resource: `enrolment:${row.id}`,
      })),
    });
    return {
      enrolment: { id: enrolment.id, status: 'withdrawn', position: null },
      promoted: promotedRows.map((row) => ({ id: row.id })),
    };
  });
}
