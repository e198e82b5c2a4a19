import {
  addDays,
  PORTAL_BY_ORG_KIND,
  type SignalKind,
  startOfCalendarDate,
  toCalendarDate,
} from '@digipakket/domain';
import type { Database } from '../../ground/database/database';
import type { AuthContext } from '../../ground/http/app.types';
import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import {
  createSignalNotFoundError,
  createSignalNotResolvableError,
  createSnoozeUntilInvalidError,
} from './signals.errors';
import {
  createSignalsRepository,
  type SignalFilters,
  type SignalRow,
  type SignalScope,
} from './signals.repository';
import type { SignalItem, SignalList } from './signals.schemas';

const MAX_SNOOZE_DAYS = 90;

/**
 * What a viewer may see (the domain's visibility table): the project lead and admin every signal of
 * their tenant, a social worker those of their own clients, a partner coordinator those its own part
 * raised. `mine` narrows a welfare viewer to the clients they registered.
 */
export function signalScopeOf({ auth, mine }: { auth: AuthContext; mine: boolean }): SignalScope {
  if (auth.organisation.kind === 'welfare' && auth.organisation.tenantId) {
    const own = mine || auth.user.role === 'social_worker';
    return { kind: 'tenant', tenantId: auth.organisation.tenantId, createdBy: own ? auth.user.id : null };
  }
  return { kind: 'partner', orgId: auth.organisation.id };
}

/**
 * Where the viewer acts on a signal: the welfare centre on the client's page (also for a partner's
 * signal, to follow it up with the partner), a partner on its own work list.
 */
function actionOf({ row, viewer }: { row: SignalRow; viewer: AuthContext }): SignalItem['action'] {
  const portal = PORTAL_BY_ORG_KIND[viewer.organisation.kind];
  return { portal, path: partnerPathOf({ row, portal }) };
}

function partnerPathOf({ row, portal }: { row: SignalRow; portal: SignalItem['action']['portal'] }): string {
  // The student's note is in the client file: the follow-up signal opens on the visit it is about.
  if (portal === 'ocmw')
    return row.kind === 'visit.needs_follow_up'
      ? `/clients/${row.clientId}#signal-${row.id}`
      : `/clients/${row.clientId}`;
  if (row.chequeId && (row.chequeStatus === 'issued' || row.chequeStatus === 'requested')) {
    return `/?cheque=${encodeURIComponent(row.chequeId)}`;
  }
  if (row.chequeId && row.chequeStatus === 'scheduled') return `/visits/${encodeURIComponent(row.chequeId)}`;
  // A training signal's key is `<kind>:<client>:<group>[:<sessions>]`.
  const groupId = row.kind.startsWith('training.') ? row.subjectId.split(':')[2] : undefined;
  if (portal === 'ligo' && groupId) return `/groups/${encodeURIComponent(groupId)}`;
  return '/';
}

export function toSignalItem({ row, viewer }: { row: SignalRow; viewer: AuthContext }): SignalItem {
  return {
    id: row.id,
    kind: row.kind as SignalKind,
    owner: row.ownerOrgKind,
    ownerOrganisation: { id: row.ownerOrgId, name: row.ownerOrgName },
    tenant: { id: row.tenantId, name: row.tenantName },
    severity: row.severity,
    status: row.status === 'snoozed' ? 'snoozed' : 'open',
    dueAt: row.dueAt.toISOString(),
    snoozedUntil: row.snoozedUntil?.toISOString() ?? null,
    snoozeReason: row.snoozeReason,
    client: {
      id: row.clientId,
      firstName: row.firstName,
      lastName: row.lastName,
      fileNumber: viewer.organisation.kind === 'welfare' ? row.fileNumber : null,
    },
    action: actionOf({ row, viewer }),
  };
}

export async function listSignals({
  ctx,
  mine,
  filters,
  limit,
  offset,
}: RequestArgs<{
  mine: boolean;
  filters: SignalFilters;
  limit: number;
  offset: number;
}>): Promise<SignalList> {
  const { db } = ctx;
  const { signals, total } = await createSignalsRepository({ db }).listSignals({
    scope: signalScopeOf({ auth: ctx.actor, mine }),
    filters,
    limit,
    offset,
  });
  return { items: signals.map((row) => toSignalItem({ row, viewer: ctx.actor })), total };
}

async function findVisibleSignal({
  ctx,
  db = ctx.db,
  signalId,
}: {
  ctx: RequestContext;
  /** The transaction the caller works in, if any. */
  db?: Database;
  signalId: string;
}) {
  if (!isIdOf({ kind: 'signal', value: signalId })) throw createSignalNotFoundError();
  const { signal } = await createSignalsRepository({ db }).findSignal({
    scope: signalScopeOf({ auth: ctx.actor, mine: false }),
    signalId,
  });
  if (!signal || signal.status === 'resolved') throw createSignalNotFoundError();
  return signal;
}

type SignalsRepository = ReturnType<typeof createSignalsRepository>;

/**
 * The frame of a change to a signal the actor sees, in one transaction: the signal (404 for one
 * they do not see or that is resolved), the change (404 when it changed no row), its audit row in
 * the signal's tenant and on its client, and the answer read after it.
 */
async function changeVisibleSignal<T>({
  ctx,
  signalId,
  action,
  purpose,
  change,
  answer,
}: RequestArgs<{
  signalId: string;
  action: string;
  purpose?: string;
  change: (scope: {
    signals: SignalsRepository;
    signal: Awaited<ReturnType<typeof findVisibleSignal>>;
  }) => Promise<{ updated: boolean }>;
  answer: (scope: { signals: SignalsRepository }) => Promise<T>;
}>): Promise<T> {
  return ctx.transaction(async ({ tx, audit }) => {
    const signal = await findVisibleSignal({ ctx, db: tx, signalId });
    const signals = createSignalsRepository({ db: tx });
    const { updated } = await change({ signals, signal });
    if (!updated) throw createSignalNotFoundError();
    await audit({
      tenantId: signal.tenantId,
      clientId: signal.clientId,
      action,
      resource: `signal:${signalId}`,
      ...(purpose === undefined ? {} : { purpose }),
    });
    return answer({ signals });
  });
}

/**
 * Puts a signal aside until a day, with the reason (e.g. "client in hospital until then"). The
 * sweep opens it again that day if its cause is still there.
 */
export async function snoozeSignal({
  ctx,
  signalId,
  until,
  reason,
}: RequestArgs<{ signalId: string; until: string; reason: string }>): Promise<{ signal: SignalItem }> {
  const { clock } = ctx;
  const now = clock.now();
  const today = toCalendarDate({ instant: now });
  const latest = toCalendarDate({ instant: addDays({ instant: now, days: MAX_SNOOZE_DAYS }) });
  if (until <= today || until > latest) throw createSnoozeUntilInvalidError({ details: { today, latest } });
  return changeVisibleSignal({
    ctx,
    signalId,
    action: 'signal.snooze',
    change: ({ signals }) =>
      signals.snoozeSignal({
        signalId,
        until: startOfCalendarDate(until),
        reason,
        userId: ctx.actor.user.id,
        now,
      }),
    answer: async ({ signals }) => {
      const { signal: changed } = await signals.findSignal({
        scope: signalScopeOf({ auth: ctx.actor, mine: false }),
        signalId,
      });
      return { signal: toSignalItem({ row: changed!, viewer: ctx.actor }) };
    },
  });
}

/** Kinds a person answers directly; the others go away when the facts change. */
const ANSWERABLE_KINDS: readonly string[] = ['visit.needs_follow_up'];

/** Records that the social worker answered a student's "needs follow-up" flag. */
export async function resolveSignal({
  ctx,
  signalId,
  note,
}: RequestArgs<{ signalId: string; note: string }>): Promise<{ resolved: true }> {
  const { clock } = ctx;
  const now = clock.now();
  return changeVisibleSignal({
    ctx,
    signalId,
    action: 'signal.resolve',
    purpose: note.slice(0, 200),
    change: ({ signals, signal }) => {
      if (!ANSWERABLE_KINDS.includes(signal.kind)) throw createSignalNotResolvableError();
      return signals.resolveSignal({ signalId, userId: ctx.actor.user.id, now });
    },
    answer: async () => ({ resolved: true as const }),
  });
}
