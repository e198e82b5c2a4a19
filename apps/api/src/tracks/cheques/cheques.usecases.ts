import { randomBytes } from 'node:crypto';
import {
  type ChequeCode,
  cancelCheque as decideCancel,
  formatChequeCode,
  issueCheques,
  PACKAGE_CHEQUES,
} from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import type { ClientArgs, TenantArgs } from '../../ground/http/request-context';
import { toLocalDate } from '../../ground/shared/clock';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { isIdOf } from '../../ground/shared/ids';
import { requireTenantClient } from '../../records/clients/clients.usecases';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { planAppointmentMessages } from '../messages/messages.outbox';
import {
  createAlreadyIssuedError,
  createChequeNotFoundError,
  createChequeRefusedError,
  createClientNotEquippedError,
  createNoChequesInPackageError,
  createPackageOutOfRangeError,
} from './cheques.errors';
import { toDomainCheque } from './cheques.mapping';
import { type ChequeRow, createChequesRepository } from './cheques.repository';
import type { ClientCheque } from './cheques.schemas';

// A fresh code colliding with a stored one is astronomically rare; retrying a few times is enough.
const CODE_ATTEMPTS = 3;

function toView(row: ChequeRow): ClientCheque {
  return {
    id: row.id,
    code: formatChequeCode(row.code as ChequeCode),
    purpose: row.purpose,
    status: row.status,
    validUntil: row.validUntil,
    issuedAt: row.issuedAt.toISOString(),
    cancelledReason: row.cancelledReason,
  };
}

export async function listClientCheques({ ctx, clientId }: ClientArgs): Promise<{ items: ClientCheque[] }> {
  const { db, tenantId } = ctx;
  await requireTenantClient({ db, tenantId, clientId });
  await ctx.audit({
    clientId,
    action: 'cheques.read',
    resource: `client:${clientId}`,
  });
  const { cheques } = await createChequesRepository({ db }).listClientCheques({ tenantId, clientId });
  return { items: cheques.map(toView) };
}

/**
 * Issues the client's package of cheques (the programme's number, or the package's when a variation
 * changed it) once the laptop is handed out. Codes come from the crypto random source through the
 * domain; a client is locked for the transaction so two clicks cannot issue twice.
 */
export async function issueClientCheques({
  ctx,
  clientId,
  timeZone,
}: ClientArgs<{ timeZone: string }>): Promise<{ items: ClientCheque[] }> {
  const { clock, tenantId } = ctx;
  const now = clock.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.transaction(async ({ tx, audit }) => {
        await requireTenantClient({ db: tx, tenantId, clientId });
        await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`cheques:${clientId}`}))`);
        const repository = createChequesRepository({ db: tx });
        const { intake, equipped } = await repository.findIssueContext({ tenantId, clientId });
        if (!intake || !equipped) throw createClientNotEquippedError();
        const { cheques: existing } = await repository.listClientCheques({ tenantId, clientId });
        if (existing.some((cheque) => cheque.status !== 'cancelled' && cheque.status !== 'expired')) {
          throw createAlreadyIssuedError();
        }
        const settings = readProgrammeSettings({ stored: intake.settings });
        const stored = (intake.verdict as { package?: { cheques?: number } } | null)?.package;
        const count = typeof stored?.cheques === 'number' ? stored.cheques : settings.chequesPerClient;
        if (count <= 0 || !intake.homeHelpOrgId) throw createNoChequesInPackageError();
        // A package stored before packages were bounded could ask for any number: never make more.
        if (!Number.isInteger(count) || count > PACKAGE_CHEQUES.max) {
          throw createPackageOutOfRangeError({ details: { cheques: count, max: PACKAGE_CHEQUES.max } });
        }
        const { cheques } = issueCheques({
          clientId,
          settings,
          now,
          count,
          firstSequence: existing.length === 0 ? 1 : existing.length + 1,
          randomBytes: (size) => new Uint8Array(randomBytes(size)),
        });
        const { cheques: rows } = await repository.insertCheques({
          cheques: cheques.map((cheque) => ({
            tenantId,
            clientId,
            programmeId: intake.programmeId,
            code: cheque.code,
            purpose: cheque.purpose,
            validUntil: toLocalDate({ instant: cheque.validUntil, timeZone }),
            homeHelpOrgId: intake.homeHelpOrgId!,
            issuedAt: now,
            createdAt: now,
            updatedAt: now,
          })),
        });
        await audit({
          clientId,
          action: 'cheque.issue',
          resource: `client:${clientId}`,
        });
        return { items: rows.map(toView) };
      });
    } catch (error) {
      if (attempt < CODE_ATTEMPTS && getUniqueViolationConstraint(error) === 'cheques_code_unique') continue;
      throw error;
    }
  }
}

/** Cancels an open cheque with a reason; a cheque already redeemed, expired or cancelled stays as it is. */
export async function cancelClientCheque({
  ctx,
  timeZone,
  chequeId,
  reason,
}: TenantArgs<{ timeZone: string; chequeId: string; reason: string }>): Promise<{ cheque: ClientCheque }> {
  const { clock, tenantId } = ctx;
  if (!isIdOf({ kind: 'cheque', value: chequeId })) throw createChequeNotFoundError();
  const now = clock.now();
  return ctx.transaction(async ({ tx, audit }) => {
    const repository = createChequesRepository({ db: tx });
    const { cheque } = await repository.findCheque({ tenantId, chequeId });
    if (!cheque) throw createChequeNotFoundError();
    const outcome = decideCancel({ cheque: toDomainCheque({ row: cheque, timeZone }), reason, now });
    if (!outcome.ok) throw createChequeRefusedError({ code: outcome.reasons[0]?.code ?? 'cheque.conflict' });
    const { cheque: cancelled } = await repository.cancelCheque({
      tenantId,
      chequeId,
      reason: reason.trim(),
      now,
    });
    if (!cancelled) throw createChequeRefusedError({ code: 'cheque.changed_meanwhile' });
    // A planned visit goes with its cheque: its reminders are withdrawn and the client told.
    if (cheque.status === 'scheduled' && cheque.appointmentAt && cheque.homeHelpOrgId) {
      await planAppointmentMessages({
        db: tx,
        kind: 'visit',
        subject: `cheque:${chequeId}`,
        orgId: cheque.homeHelpOrgId,
        programmeId: cheque.programmeId,
        clientIds: [cheque.clientId],
        startsAt: null,
        change: { kind: 'cancelled', previousStartsAt: cheque.appointmentAt },
        now,
        timeZone,
      });
    }
    await audit({
      clientId: cancelled.clientId,
      action: 'cheque.cancel',
      resource: `cheque:${chequeId}`,
    });
    return { cheque: toView(cancelled) };
  });
}
