import { isDueForAnonymisation, retentionCutoff } from '@digipakket/domain';
import { type Database, withSystemScope } from '../../ground/database/database';
import {
  type RecurringJob,
  type RecurringWorkerArgs,
  startRecurringJob,
} from '../../ground/jobs/jobs.recurring';
import type { Clock } from '../../ground/shared/clock';
import { createTrackFactsRepository } from '../trajectory/trajectory.facts.repository';
import { NO_TRACK_FACTS } from '../trajectory/trajectory.status';
import { createPrivacyRepository } from './privacy.repository';
import { anonymiseClient, trajectoryState } from './privacy.usecases';

/** Clients whose trajectory facts are loaded at once when looking for those past retention. */
const FACTS_BATCH_SIZE = 500;

/**
 * Anonymises every client whose trajectory ended (the domain's `hasTrajectoryEnded`) and whose file last
 * changed longer ago than their tenant's retention period. One transaction per client, which
 * checks everything again under a row lock, so two processes or a second run change nothing twice.
 */
export function runRetentionSweep(args: {
  db: Database;
  clock: Clock;
  documentsDir: string;
  tenantId?: string;
}): Promise<{ anonymised: string[] }> {
  // Every tenant's clients, so across row-level security's tenant scopes.
  return withSystemScope({ work: () => sweep(args) });
}

async function sweep({
  db,
  clock,
  documentsDir,
  tenantId,
}: {
  db: Database;
  clock: Clock;
  documentsDir: string;
  tenantId?: string;
}): Promise<{ anonymised: string[] }> {
  const repo = createPrivacyRepository({ db });
  const now = clock.now();
  const anonymised: string[] = [];
  const { tenants } = await repo.listTenants();
  for (const tenant of tenants) {
    if (tenantId && tenant.id !== tenantId) continue;
    const months = tenant.retentionMonths;
    const cutoff = retentionCutoff({ now, months });
    const { candidates } = await repo.listRetentionCandidates({ tenantId: tenant.id, before: cutoff });
    for (let start = 0; start < candidates.length; start += FACTS_BATCH_SIZE) {
      const batch = candidates.slice(start, start + FACTS_BATCH_SIZE);
      const { facts } = await createTrackFactsRepository({ db }).getTrackFacts({
        tenantId: tenant.id,
        clientIds: batch.map((candidate) => candidate.clientId),
      });
      for (const candidate of batch) {
        const { ended } = trajectoryState({ facts: facts.get(candidate.clientId) ?? NO_TRACK_FACTS });
        if (!ended) continue;
        const result = await anonymiseClient({
          db,
          tenantId: tenant.id,
          clientId: candidate.clientId,
          now,
          actor: undefined,
          purpose: `retention: ${months} months after the trajectory ended`,
          documentsDir,
          mayProceed: async (tx) => {
            const { facts: current } = await createTrackFactsRepository({ db: tx }).getTrackFacts({
              tenantId: tenant.id,
              clientIds: [candidate.clientId],
            });
            const { started, status } = trajectoryState({
              facts: current.get(candidate.clientId) ?? NO_TRACK_FACTS,
            });
            const { lastChangeAt } = await createPrivacyRepository({ db: tx }).lastChangeAt({
              clientId: candidate.clientId,
            });
            return isDueForAnonymisation({ started, status, lastChangeAt, now, months });
          },
        });
        if (result.anonymised) anonymised.push(candidate.clientId);
      }
    }
  }
  return { anonymised };
}

/** The job queue's kind of one retention sweep (its queue: migration 0037). */
export const RETENTION_JOB_KIND = 'privacy.retention';

/**
 * Runs {@link runRetentionSweep} about every `intervalMs` (the first a minute after start), once across
 * all API processes: each process offers a sweep job every interval, the queue keeps one per interval
 * (a throttled singleton) and runs it in one process, never two at a time (its `stately` policy). A
 * failing run is reported to `onError` and the next interval's job tries again.
 */
export function startRetentionWorker({
  db,
  queue,
  clock,
  documentsDir,
  intervalMs,
  firstRunAfterMs = 60_000,
  onError,
  onRun,
}: RecurringWorkerArgs & {
  documentsDir: string;
  firstRunAfterMs?: number;
  onRun?: (result: { anonymised: string[] }) => void;
}): RecurringJob {
  return startRecurringJob({
    db,
    queue,
    kind: RETENTION_JOB_KIND,
    singletonKey: 'retention',
    intervalMs,
    firstOfferAfterMs: firstRunAfterMs,
    // Every tenant's retention at once: background work, not a user's request.
    run: async () => onRun?.(await runRetentionSweep({ db, clock, documentsDir })),
    onError,
  });
}
