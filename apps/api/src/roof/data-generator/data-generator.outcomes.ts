import { OUTCOME_ITEM_IDS, OUTCOME_TASK_STEPS, type OutcomeRound } from '@digipakket/domain';
import type { PlannedClient, TenantScope } from './data-generator.scope';

/**
 * How much a package moves the share of tasks done on one's own between the baseline and the end, and
 * the confidence on the 0 to 10 scale, by variation; a client who dropped out gains little.
 */
const EFFECT_BY_VARIATION = {
  standard: { tasks: 0.3, confidence: 2 },
  extra_cheques: { tasks: 0.25, confidence: 1.5 },
  digibuddy: { tasks: 0.4, confidence: 3 },
  laptop_only: { tasks: 0.05, confidence: 0.5 },
} as const;

/** The share of clients who answer each round when it is asked (drop-outs answer the end round far less). */
const RESPONSE_RATE: Record<OutcomeRound, number> = {
  baseline: 0.9,
  end: 0.7,
  follow_up_3m: 0.5,
  follow_up_6m: 0.4,
};

function variationOf(client: PlannedClient): keyof typeof EFFECT_BY_VARIATION {
  const pkg = client.pkg;
  if (pkg?.digibuddy) return 'digibuddy';
  if (pkg?.basicCourse) return 'standard';
  if ((pkg?.cheques ?? 0) > 0) return 'extra_cheques';
  return 'laptop_only';
}

/**
 * The outcome rounds of the tenant's approved clients: the baseline at intake, the end round when the
 * trajectory ended (closed, dropped out, or completed 150 days after the start), and the follow-ups 3
 * and 6 months later by phone, each answered at the rate of {@link RESPONSE_RATE}, with the effect of
 * the client's variation. Drawn after every other step, so the rows before it stay as they were.
 */
export function emitOutcomes(scope: TenantScope, planned: PlannedClient[]) {
  const { random, cal, emit, tenantId, programmeId, socialWorkerIds, welfareOrgId } = scope;
  for (const client of planned) {
    if (
      !['approved', 'reserved', 'equipped', 'in_guidance', 'completed', 'closed', 'dropped_out'].includes(
        client.stage,
      )
    )
      continue;
    const intakeDay = client.start + 5;
    const ended = ['completed', 'closed', 'dropped_out'].includes(client.stage);
    const endDay = ended ? Math.min(-2, client.start + 150) : null;
    const droppedOut = client.stage === 'dropped_out';
    const effect = EFFECT_BY_VARIATION[variationOf(client)];
    const ownAtStart = 0.1 + random.int(0, 30) / 100;
    const confidenceAtStart = random.int(1, 5);
    const socialWorker = socialWorkerIds[client.index % socialWorkerIds.length]!;
    const rounds: { round: OutcomeRound; day: number; gain: number }[] = [
      { round: 'baseline', day: intakeDay, gain: 0 },
    ];
    if (endDay !== null) {
      const gain = droppedOut ? 0.2 : 1;
      rounds.push({ round: 'end', day: endDay, gain });
      rounds.push({ round: 'follow_up_3m', day: endDay + 91, gain: gain * 0.9 });
      rounds.push({ round: 'follow_up_6m', day: endDay + 182, gain: gain * 0.85 });
    }
    for (const { round, day, gain } of rounds) {
      if (day > -1) continue;
      const rate = RESPONSE_RATE[round] * (droppedOut && round !== 'baseline' ? 0.4 : 1);
      if (!random.chance(rate)) continue;
      const roundId = random.id('outcomeRound');
      emit('outcome_rounds', {
        id: roundId,
        tenant_id: tenantId,
        client_id: client.id,
        programme_id: programmeId,
        round,
        mode: round.startsWith('follow_up') ? 'phone' : random.chance(0.15) ? 'paper' : 'in_person',
        taken_on: cal.date(day),
        taken_by_user_id: socialWorker,
        taken_by_org_id: welfareOrgId,
        taken_by_org_kind: 'welfare',
        taken_by_role: 'social_worker',
        recorded_at: cal.at(day, '15:00'),
      });
      const own = Math.min(0.95, ownAtStart + gain * effect.tasks);
      for (const itemId of OUTCOME_ITEM_IDS) {
        if (itemId === 'confidence') {
          const confidence = Math.round(confidenceAtStart + gain * effect.confidence + random.int(-1, 1));
          emit('outcome_answers', {
            tenant_id: tenantId,
            round_id: roundId,
            item_id: itemId,
            item_version: 1,
            step: null,
            confidence: Math.max(0, Math.min(10, confidence)),
          });
          continue;
        }
        const onOwn = random.chance(own);
        const step = onOwn
          ? OUTCOME_TASK_STEPS[random.chance(0.25) ? 3 : 2]
          : OUTCOME_TASK_STEPS[random.chance(0.5) ? 1 : 0];
        emit('outcome_answers', {
          tenant_id: tenantId,
          round_id: roundId,
          item_id: itemId,
          item_version: 1,
          step,
          confidence: null,
        });
      }
    }
  }
}
