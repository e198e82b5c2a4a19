import { deriveSignals, type FollowUpFacts, type Signal } from '@digipakket/domain';
import { and, asc, eq, gt, inArray, isNotNull, lte, ne, notLike, sql } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { type Database, withSystemScope, withTransaction } from '../../ground/database/database';
import {
  type RecurringJob,
  type RecurringWorkerArgs,
  startRecurringJob,
} from '../../ground/jobs/jobs.recurring';
import { type Clock, DEFAULT_TIME_ZONE, toLocalDate } from '../../ground/shared/clock';
import { generateId } from '../../ground/shared/ids';
import { clientsTable } from '../../records/clients/clients.tables';
import { messagesTable } from '../messages/messages.tables';
import { type ClientOwners, loadFollowUpFacts, SYSTEM_RESOLVER } from './signals.facts.repository';
import { signalSweepsTable, signalsTable } from './signals.tables';

/** Clients swept per transaction: large enough for few round trips, small enough for short locks. */
export const SWEEP_BATCH_SIZE = 500;

// Every sweep takes this transaction-level lock, so two API processes never diff the same rows at once.
const SWEEP_LOCK_KEY = 7_204_311;

export type SweepCounts = { swept: number; raised: number; resolved: number; updated: number };

function ownerOrgOf(signal: Signal, owners: ClientOwners): string | null {
  if (signal.owner === 'welfare') return owners.welfareOrgId;
  if (signal.owner === 'home_help') return owners.homeHelpOrgId;
  if (signal.owner === 'training') return owners.trainingOrgId;
  return null;
}

async function sweepBatch({
  tx,
  clientIds,
  now,
  timeZone,
}: {
  tx: Database;
  clientIds: string[];
  now: Date;
  timeZone: string;
}): Promise<SweepCounts> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${SWEEP_LOCK_KEY})`);
  const { facts, owners } = await loadFollowUpFacts({
    db: tx,
    clientIds,
    today: toLocalDate({ instant: now, timeZone }),
    timeZone,
  });

  // Thresholds are per programme, so clients are derived in groups that share them.
  const byThresholds = new Map<string, FollowUpFacts[]>();
  for (const fact of facts) {
    const key = JSON.stringify(owners.get(fact.clientId)!.thresholds);
    const list = byThresholds.get(key);
    if (list) list.push(fact);
    else byThresholds.set(key, [fact]);
  }
  const derived = new Map<string, Signal>();
  for (const group of byThresholds.values()) {
    const thresholds = owners.get(group[0]!.clientId)!.thresholds;
    for (const signal of deriveSignals({ clients: group, now, thresholds }).signals) {
      derived.set(signal.key, signal);
    }
  }

  const stored = await tx
    .select({
      id: signalsTable.id,
      subjectId: signalsTable.subjectId,
      status: signalsTable.status,
      severity: signalsTable.severity,
      dueAt: signalsTable.dueAt,
      snoozedUntil: signalsTable.snoozedUntil,
    })
    .from(signalsTable)
    .where(and(inArray(signalsTable.clientId, clientIds), ne(signalsTable.status, 'resolved')));

  const storedKeys = new Set(stored.map((row) => row.subjectId));
  const toResolve = stored.filter((row) => !derived.has(row.subjectId)).map((row) => row.id);
  const toWake = stored
    .filter(
      (row) =>
        derived.has(row.subjectId) &&
        row.status === 'snoozed' &&
        row.snoozedUntil !== null &&
        row.snoozedUntil.getTime() <= now.getTime(),
    )
    .map((row) => row.id);
  const toUpdate = stored.flatMap((row) => {
    const signal = derived.get(row.subjectId);
    if (!signal) return [];
    if (signal.severity === row.severity && signal.dueAt.getTime() === row.dueAt.getTime()) return [];
    return [{ id: row.id, severity: signal.severity, dueAt: signal.dueAt }];
  });
  const toInsert = [...derived.values()].flatMap((signal) => {
    if (storedKeys.has(signal.key)) return [];
    const clientOwners = owners.get(signal.clientId)!;
    const ownerOrgId = ownerOrgOf(signal, clientOwners);
    if (!ownerOrgId) return [];
    return [
      {
        id: generateId({ kind: 'signal' }),
        tenantId: clientOwners.tenantId,
        kind: signal.kind,
        ownerOrgId,
        clientId: signal.clientId,
        programmeId: clientOwners.programmeId,
        subjectId: signal.key,
        severity: signal.severity,
        status: 'open' as const,
        dueAt: signal.dueAt,
        createdAt: now,
        updatedAt: now,
      },
    ];
  });

  if (toResolve.length > 0) {
    await tx
      .update(signalsTable)
      .set({
        status: 'resolved',
        resolvedAt: now,
        resolvedBy: SYSTEM_RESOLVER,
        snoozedUntil: null,
        updatedAt: now,
      })
      .where(inArray(signalsTable.id, toResolve));
  }
  if (toWake.length > 0) {
    await tx
      .update(signalsTable)
      .set({ status: 'open', snoozedUntil: null, updatedAt: now })
      .where(inArray(signalsTable.id, toWake));
  }
  if (toUpdate.length > 0) {
    const values = sql.join(
      toUpdate.map((row) => sql`(${row.id}, ${row.severity}, ${row.dueAt.toISOString()}::timestamptz)`),
      sql`, `,
    );
    await tx.execute(sql`
      UPDATE signals SET severity = v.severity, due_at = v.due_at, updated_at = ${now.toISOString()}::timestamptz
      FROM (VALUES ${values}) AS v(id, severity, due_at)
      WHERE signals.id = v.id`);
  }
  if (toInsert.length > 0) {
    await tx.insert(signalsTable).values(toInsert).onConflictDoNothing();
  }
  return {
    swept: clientIds.length,
    raised: toInsert.length,
    resolved: toResolve.length,
    updated: toUpdate.length,
  };
}

/**
 * Brings the stored signals of some clients in line with their facts: derives the signals with the
 * domain rules, raises the new ones, closes those whose cause is gone, wakes snoozed ones whose
 * snooze ended and updates due dates and severities. Each batch of clients is one transaction.
 * Without `clientIds`, sweeps every client (of `tenantId`, or of every tenant).
 */
export async function runSignalSweep({
  db,
  clock,
  tenantId,
  clientIds,
  timeZone = DEFAULT_TIME_ZONE,
}: {
  db: Database;
  clock: Clock;
  tenantId?: string;
  clientIds?: readonly string[];
  /** The programmes' time zone: what "today" is, and when a cheque's last day ends. */
  timeZone?: string;
}): Promise<SweepCounts> {
  let ids: string[];
  if (clientIds) {
    ids = [...new Set(clientIds)];
  } else {
    const rows = await db
      .select({ id: clientsTable.id })
      .from(clientsTable)
      .where(tenantId ? eq(clientsTable.tenantId, tenantId) : undefined)
      .orderBy(asc(clientsTable.id));
    ids = rows.map((row) => row.id);
  }
  const total: SweepCounts = { swept: 0, raised: 0, resolved: 0, updated: 0 };
  const now = clock.now();
  for (let start = 0; start < ids.length; start += SWEEP_BATCH_SIZE) {
    const batch = ids.slice(start, start + SWEEP_BATCH_SIZE);
    const counts = await withTransaction({
      db,
      work: (tx) => sweepBatch({ tx, clientIds: batch, now, timeZone }),
    });
    total.swept += counts.swept;
    total.raised += counts.raised;
    total.resolved += counts.resolved;
    total.updated += counts.updated;
  }
  return total;
}

const CHANGES_SWEEP = 'changes';

// Audit rows of concurrent transactions can commit slightly out of order; looking back this far
// catches them, and sweeping a client twice is harmless.
const WATERMARK_OVERLAP_MS = 10_000;

/**
 * One step of the background follow-up: sweeps the clients whose facts changed since the stored
 * watermark (every successful write in the audit log names its client), and every client when the
 * last full sweep is older than `fullSweepIntervalMs` (time alone makes signals due).
 */
export async function runSignalSweepStep(step: SweepStep): Promise<SweepStepCounts> {
  // The sweep follows every tenant's clients at once: it is background work, not a user's request.
  return withSystemScope({ work: () => sweepStep(step) });
}

/** What one step of the sweep works with. */
type SweepStep = {
  db: Database;
  clock: Clock;
  fullSweepIntervalMs: number;
  timeZone?: string;
};

/** The clients one step swept: those whose facts changed, and all of them when a full sweep was due. */
type SweepStepCounts = { changed: SweepCounts; full: SweepCounts | null };

async function sweepStep({
  db,
  clock,
  fullSweepIntervalMs,
  timeZone = DEFAULT_TIME_ZONE,
}: SweepStep): Promise<SweepStepCounts> {
  const now = clock.now();
  const [state] = await db
    .select()
    .from(signalSweepsTable)
    .where(eq(signalSweepsTable.name, CHANGES_SWEEP))
    .limit(1);

  let changed: SweepCounts = { swept: 0, raised: 0, resolved: 0, updated: 0 };
  let watermark = state?.watermark ?? now;
  if (state) {
    const since = new Date(state.watermark.getTime() - WATERMARK_OVERLAP_MS);
    const rows = await db
      .selectDistinct({ clientId: auditLogTable.clientId })
      .from(auditLogTable)
      .where(
        and(
          gt(auditLogTable.at, since),
          lte(auditLogTable.at, now),
          isNotNull(auditLogTable.clientId),
          eq(auditLogTable.outcome, 'success'),
          notLike(auditLogTable.action, '%read'),
        ),
      );
    const [latest] = await db
      .select({ at: sql<Date | string | null>`max(${auditLogTable.at})` })
      .from(auditLogTable)
      .where(and(gt(auditLogTable.at, since), lte(auditLogTable.at, now)));
    if (latest?.at) {
      const at = new Date(latest.at);
      if (at.getTime() > watermark.getTime()) watermark = at;
    }
    // A message that failed for good changes what the client's signals say, without an audited write.
    const failed = await db
      .selectDistinct({ clientId: messagesTable.clientId })
      .from(messagesTable)
      .where(and(gt(messagesTable.failedAt, since), lte(messagesTable.failedAt, now)));
    const clientIds = [...rows, ...failed]
      .map((row) => row.clientId)
      .filter((id): id is string => id !== null);
    if (clientIds.length > 0) changed = await runSignalSweep({ db, clock, clientIds, timeZone });
  }

  const fullDue =
    !state?.lastFullSweepAt || now.getTime() - state.lastFullSweepAt.getTime() >= fullSweepIntervalMs;
  const full = fullDue ? await runSignalSweep({ db, clock, timeZone }) : null;
  const lastFullSweepAt = full ? now : (state?.lastFullSweepAt ?? null);

  await db
    .insert(signalSweepsTable)
    .values({ name: CHANGES_SWEEP, watermark, lastFullSweepAt })
    .onConflictDoUpdate({ target: signalSweepsTable.name, set: { watermark, lastFullSweepAt } });
  return { changed, full };
}

/** The job queue's kind of one sweep step. */
export const SIGNAL_SWEEP_JOB_KIND = 'signals.sweep';

/**
 * Runs {@link runSignalSweepStep} about every `intervalMs`, once across all API processes: each process
 * offers a sweep job every interval, the queue accepts one per interval (a throttled singleton) and
 * runs it in one process, never two at a time (its `stately` policy). A failing step is reported to
 * `onError` and the next interval's job tries again.
 */
export function startSignalWorker({
  db,
  queue,
  clock,
  intervalMs,
  fullSweepIntervalMs,
  onError,
  timeZone = DEFAULT_TIME_ZONE,
}: RecurringWorkerArgs & {
  fullSweepIntervalMs: number;
  timeZone?: string;
}): RecurringJob {
  return startRecurringJob({
    db,
    queue,
    kind: SIGNAL_SWEEP_JOB_KIND,
    singletonKey: 'sweep',
    intervalMs,
    run: () => runSignalSweepStep({ db, clock, fullSweepIntervalMs, timeZone }),
    onError,
  });
}

/**
 * On a database that was never swept (a fresh install, the demo), runs the first sweep before the API
 * serves, so nobody sees signals that the first sweep would replace a moment later.
 */
export async function ensureInitialSignalSweep({
  db,
  clock,
  fullSweepIntervalMs,
  timeZone = DEFAULT_TIME_ZONE,
}: {
  db: Database;
  clock: Clock;
  fullSweepIntervalMs: number;
  timeZone?: string;
}): Promise<{ swept: boolean }> {
  const [state] = await db
    .select({ name: signalSweepsTable.name })
    .from(signalSweepsTable)
    .where(eq(signalSweepsTable.name, CHANGES_SWEEP))
    .limit(1);
  if (state) return { swept: false };
  await runSignalSweepStep({ db, clock, fullSweepIntervalMs, timeZone });
  return { swept: true };
}
