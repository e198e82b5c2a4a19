import type { OutcomeAnswer, OutcomeCatalogue } from './outcome-measure';
import { OUTCOME_CATALOGUE } from './outcome-measure';
import type { OutcomeRound } from './outcome-rounds';
import { OUTCOME_ROUNDS } from './outcome-rounds';
import { outcomeChange } from './outcome-scoring';

/**
 * A source of numbers in [0, 1), passed in so that every figure is reproducible. Use
 * {@link createSeededRandom}; never `Math.random`.
 *
 * @example
 * const random: RandomSource = createSeededRandom({ seed: 2025 });
 */
export type RandomSource = () => number;

/**
 * A small, fast, seeded generator (mulberry32): the same seed gives the same numbers, on every machine.
 * Good enough for resampling, not for secrets.
 *
 * @example
 * const random = createSeededRandom({ seed: 42 });
 * random(); // the same number every run
 */
export function createSeededRandom({ seed }: { seed: number }): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The middle value (the mean of the two middle values for an even count), or `null` for no values.
 *
 * @example
 * medianOf([3, 1, 2, 10]); // 2.5
 */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The arithmetic mean, or `null` for no values.
 *
 * @example
 * meanOf([1, 2, 6]); // 3
 */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * A percentile bootstrap interval: the range that holds the middle `level` share of a statistic over
 * resamples.
 *
 * @example
 * const interval: BootstrapInterval = { low: 1, high: 3, level: 0.95, resamples: 2000 };
 */
export interface BootstrapInterval {
  readonly low: number;
  readonly high: number;
  readonly level: number;
  readonly resamples: number;
}

/**
 * Resamples drawn by default for a bootstrap interval.
 *
 * @example
 * OUTCOME_BOOTSTRAP_RESAMPLES; // 2000
 */
export const OUTCOME_BOOTSTRAP_RESAMPLES = 2000;

/**
 * Percentile bootstrap intervals for the median and the mean of the same values, from the same
 * resamples: draw as many values as there are, with replacement, `resamples` times; compute both
 * statistics each time; keep the middle `level` share of each. The values are sorted first, so the
 * order they come in never changes the result; the random source decides everything else.
 *
 * @example
 * bootstrapIntervals({ values: [0, 1, 1, 2, 3, 3, 4, 6], random: createSeededRandom({ seed: 1 }) });
 * // { median: { low: 1, high: 3.5, level: 0.95, resamples: 2000 }, mean: { low: 1.25, high: 3.5, ... } } (roughly)
 */
export function bootstrapIntervals({
  values,
  random,
  resamples = OUTCOME_BOOTSTRAP_RESAMPLES,
  level = 0.95,
}: {
  values: readonly number[];
  random: RandomSource;
  resamples?: number;
  level?: number;
}): { median: BootstrapInterval; mean: BootstrapInterval } | null {
  const n = values.length;
  if (n === 0 || resamples < 1) return null;
  const sorted = Float64Array.from(values).sort();
  const counts = new Uint32Array(n);
  const medians = new Float64Array(resamples);
  const means = new Float64Array(resamples);
  const lowRank = Math.ceil(n / 2);
  const highRank = Math.floor(n / 2) + 1;
  for (let draw = 0; draw < resamples; draw += 1) {
    counts.fill(0);
    for (let index = 0; index < n; index += 1) counts[Math.floor(random() * n)]! += 1;
    // Walking the counts over the sorted values finds the middle of the resample without sorting it.
    let sum = 0;
    let seen = 0;
    let low = Number.NaN;
    let high = Number.NaN;
    for (let index = 0; index < n; index += 1) {
      const count = counts[index]!;
      if (count === 0) continue;
      const value = sorted[index]!;
      sum += value * count;
      if (seen < lowRank && seen + count >= lowRank) low = value;
      if (seen < highRank && seen + count >= highRank) high = value;
      seen += count;
    }
    medians[draw] = (low + high) / 2;
    means[draw] = sum / n;
  }
  medians.sort();
  means.sort();
  const tail = Math.floor(((1 - level) / 2) * resamples);
  const interval = (replicates: Float64Array): BootstrapInterval => ({
    low: replicates[tail]!,
    high: replicates[resamples - 1 - tail]!,
    level,
    resamples,
  });
  return { median: interval(medians), mean: interval(means) };
}

/**
 * Fewer respondents than this in either compared round (or fewer clients who answered both) and a
 * group is shown as "too few to compare": its figures are left out, not shown small.
 *
 * @example
 * OUTCOME_MIN_RESPONDENTS; // 10
 */
export const OUTCOME_MIN_RESPONDENTS = 10;

/**
 * Below this response rate in the later round, the figures are shown with a caution: the clients who
 * answered may not be like those who did not.
 *
 * @example
 * OUTCOME_LOW_RESPONSE_RATE; // 0.5
 */
export const OUTCOME_LOW_RESPONSE_RATE = 0.5;

/**
 * What one client of a group brings to the comparison.
 * - `expectedRounds`: the rounds due by the report date (see `expectedOutcomeRounds`);
 * - `answers`: the answers of each round taken;
 * - `droppedOut`: the trajectory ended early;
 * - `cost`: what the package cost for this client (laptop value in cents, cheques used, lesson hours).
 *
 * @example
 * const client: OutcomeClient = { clientId: 'cli_1', droppedOut: false, expectedRounds: ['baseline', 'end'],
 *   answers: { baseline: [...], end: [...] }, cost: { laptopValueCents: 25000, chequesUsed: 2, lessonHours: 10.5 } };
 */
export interface OutcomeClient {
  readonly clientId: string;
  readonly droppedOut: boolean;
  readonly expectedRounds: readonly OutcomeRound[];
  readonly answers: Readonly<Partial<Record<OutcomeRound, readonly OutcomeAnswer[]>>>;
  readonly cost: {
    readonly laptopValueCents: number;
    readonly chequesUsed: number;
    readonly lessonHours: number;
  };
}

/**
 * The clients of one programme, wave or variation: all of them, respondents or not.
 *
 * @example
 * const group: OutcomeGroup = { key: 'variation:extra_cheques', clients: [client] };
 */
export interface OutcomeGroup {
  readonly key: string;
  readonly clients: readonly OutcomeClient[];
}

/**
 * The prices that turn a client's use into money: the value of one cheque and of one lesson hour, in
 * euro cents.
 *
 * @example
 * const rates: OutcomeCostRates = { chequeValueCents: 4000, lessonHourCostCents: 1500 };
 */
export interface OutcomeCostRates {
  readonly chequeValueCents: number;
  readonly lessonHourCostCents: number;
}

/**
 * A figure left out because too few answered: the counts that explain it, no value.
 *
 * @example
 * const tooFew: OutcomeTooFew = { status: 'too_few', respondents: 6, minimum: 10 };
 */
export interface OutcomeTooFew {
  readonly status: 'too_few';
  readonly respondents: number;
  readonly minimum: number;
}

/**
 * The change of one measure (tasks done on one's own, or confidence) over the clients who answered
 * both rounds.
 *
 * @example
 * const figures: OutcomeChangeFigures = { status: 'shown', respondents: 42, median: 3, mean: 3.4,
 *   medianInterval: { low: 2, high: 4, level: 0.95, resamples: 2000 }, meanInterval: { low: 2.7, high: 4.1, level: 0.95, resamples: 2000 } };
 */
export interface OutcomeChangeFigures {
  readonly status: 'shown';
  readonly respondents: number;
  readonly median: number;
  readonly mean: number;
  readonly medianInterval: BootstrapInterval;
  readonly meanInterval: BootstrapInterval;
}

/**
 * The share of clients doing all eight foundation tasks on their own, in each compared round, among
 * those who answered both and whose flag is known in that round.
 *
 * @example
 * const share: OutcomeFoundationShare = { status: 'shown', from: { reached: 3, of: 40, share: 0.075 }, to: { reached: 21, of: 41, share: 0.512 } };
 */
export interface OutcomeFoundationShare {
  readonly status: 'shown';
  readonly from: { readonly reached: number; readonly of: number; readonly share: number | null };
  readonly to: { readonly reached: number; readonly of: number; readonly share: number | null };
}

/**
 * How many were expected to answer a round, how many did, and the rate.
 *
 * @example
 * const response: OutcomeRoundResponse = { round: 'end', expected: 50, respondents: 41, rate: 0.82 };
 */
export interface OutcomeRoundResponse {
  readonly round: OutcomeRound;
  readonly expected: number;
  readonly respondents: number;
  readonly rate: number | null;
}

/**
 * What the package cost for the group: totals per part and the cost per client (over every client of
 * the group, respondents or not), in euro cents rounded to the cent.
 *
 * @example
 * const cost: OutcomeGroupCost = { clients: 50, laptopsCents: 1250000, chequesCents: 360000, lessonsCents: 787500,
 *   totalCents: 2397500, perClientCents: 47950 };
 */
export interface OutcomeGroupCost {
  readonly clients: number;
  readonly laptopsCents: number;
  readonly chequesCents: number;
  readonly lessonsCents: number;
  readonly totalCents: number;
  readonly perClientCents: number | null;
}

/**
 * One group's row of the comparison. `comparison` is either `too_few` (no figures at all) or the
 * figures, each of which may itself be `too_few` when fewer answered that part (confidence is skipped
 * more often than tasks). `caution` is `low_response` when under {@link OUTCOME_LOW_RESPONSE_RATE} of the
 * clients expected in the later round answered it.
 *
 * @example
 * const report: OutcomeGroupReport = { key: 'wave:wav_2', clients: 8, dropOuts: 1, responses: [...], paired: 5, lost: 3,
 *   cost: {...}, comparison: { status: 'too_few', respondents: 5, minimum: 10 } };
 */
export interface OutcomeGroupReport {
  readonly key: string;
  readonly clients: number;
  readonly dropOuts: number;
  readonly responses: readonly OutcomeRoundResponse[];
  /** Clients who answered both compared rounds. */
  readonly paired: number;
  /** Clients expected in the later round who did not answer it (drop-outs included). */
  readonly lost: number;
  readonly cost: OutcomeGroupCost;
  readonly comparison:
    | OutcomeTooFew
    | {
        readonly status: 'shown';
        readonly caution: 'low_response' | null;
        readonly tasksOnOwn: OutcomeChangeFigures | OutcomeTooFew;
        readonly confidence: OutcomeChangeFigures | OutcomeTooFew;
        readonly foundation: OutcomeFoundationShare | OutcomeTooFew;
      };
}

function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

function changeFigures(
  values: readonly number[],
  minimum: number,
  random: RandomSource,
  resamples: number,
): OutcomeChangeFigures | OutcomeTooFew {
  if (values.length < minimum) return { status: 'too_few', respondents: values.length, minimum };
  const intervals = bootstrapIntervals({ values, random, resamples })!;
  return {
    status: 'shown',
    respondents: values.length,
    median: medianOf(values)!,
    mean: meanOf(values)!,
    medianInterval: intervals.median,
    meanInterval: intervals.mean,
  };
}

function share(flags: readonly (boolean | null)[]): { reached: number; of: number; share: number | null } {
  const known = flags.filter((flag) => flag !== null);
  const reached = known.filter(Boolean).length;
  return { reached, of: known.length, share: known.length === 0 ? null : reached / known.length };
}

function groupCost(clients: readonly OutcomeClient[], rates: OutcomeCostRates): OutcomeGroupCost {
  let laptops = 0;
  let cheques = 0;
  let lessons = 0;
  for (const { cost } of clients) {
    laptops += cost.laptopValueCents;
    cheques += cost.chequesUsed * rates.chequeValueCents;
    lessons += cost.lessonHours * rates.lessonHourCostCents;
  }
  const laptopsCents = Math.round(laptops);
  const chequesCents = Math.round(cheques);
  const lessonsCents = Math.round(lessons);
  const totalCents = laptopsCents + chequesCents + lessonsCents;
  return {
    clients: clients.length,
    laptopsCents,
    chequesCents,
    lessonsCents,
    totalCents,
    perClientCents: clients.length === 0 ? null : Math.round(totalCents / clients.length),
  };
}

/**
 * Compares groups (programmes, waves or variations) on the change from one round to another, side by
 * side in the order given: never sorted, never ranked.
 *
 * The method, in plain words: for every client who answered both rounds, take the change in tasks done
 * on their own and in confidence (see `outcomeChange` for the version rule). Report the median and the
 * mean change with a 95% percentile bootstrap interval (how much the figure could move had other, similar
 * clients answered), the share doing all eight foundation tasks on their own in each round, how many of
 * those expected answered each round, and the drop-outs. A group with fewer than `minimum` respondents in
 * either round, or fewer than `minimum` who answered both, shows "too few to compare" instead of figures.
 * Each group resamples from its own stream seeded by `seed` and its key, so a group's interval depends
 * only on its own answers and the seed.
 *
 * @example
 * compareOutcomeGroups({ groups: [standard, extraCheques], from: 'baseline', to: 'end', seed: 2025,
 *   rates: { chequeValueCents: 4000, lessonHourCostCents: 1500 } });
 * // { groups: [{ key: 'variation:standard', comparison: { status: 'shown', tasksOnOwn: { median: 3, ... }, ... } },
 * //            { key: 'variation:extra_cheques', comparison: { status: 'too_few', respondents: 7, minimum: 10 } }] }
 */
export function compareOutcomeGroups({
  groups,
  from,
  to,
  seed,
  rates,
  minimum = OUTCOME_MIN_RESPONDENTS,
  resamples = OUTCOME_BOOTSTRAP_RESAMPLES,
  catalogue = OUTCOME_CATALOGUE,
}: {
  groups: readonly OutcomeGroup[];
  from: OutcomeRound;
  to: OutcomeRound;
  seed: number;
  rates: OutcomeCostRates;
  minimum?: number;
  resamples?: number;
  catalogue?: OutcomeCatalogue;
}): { groups: OutcomeGroupReport[] } {
  return {
    groups: groups.map((group) => {
      const { clients } = group;
      const responses = OUTCOME_ROUNDS.map((round): OutcomeRoundResponse => {
        const respondents = clients.filter((client) => client.answers[round] !== undefined).length;
        const expected = clients.filter(
          (client) => client.answers[round] !== undefined || client.expectedRounds.includes(round),
        ).length;
        return { round, expected, respondents, rate: expected === 0 ? null : respondents / expected };
      });
      const responseOf = (round: OutcomeRound) => responses.find((response) => response.round === round)!;
      const changes = clients.flatMap((client) => {
        const before = client.answers[from];
        const after = client.answers[to];
        return before && after ? [outcomeChange({ from: before, to: after, catalogue }).change] : [];
      });
      const lost = clients.filter(
        (client) => client.expectedRounds.includes(to) && client.answers[to] === undefined,
      ).length;
      const base = {
        key: group.key,
        clients: clients.length,
        dropOuts: clients.filter((client) => client.droppedOut).length,
        responses,
        paired: changes.length,
        lost,
        cost: groupCost(clients, rates),
      };
      const fewest = Math.min(responseOf(from).respondents, responseOf(to).respondents, changes.length);
      if (fewest < minimum) {
        return { ...base, comparison: { status: 'too_few', respondents: fewest, minimum } };
      }
      const random = createSeededRandom({ seed: (seed ^ hashKey(group.key)) >>> 0 });
      const tasks = changes.flatMap((change) => (change.tasksOnOwn === null ? [] : [change.tasksOnOwn]));
      const confidence = changes.flatMap((change) => (change.confidence === null ? [] : [change.confidence]));
      const fromShare = share(changes.map((change) => change.foundationComplete.from));
      const toShare = share(changes.map((change) => change.foundationComplete.to));
      const foundationRespondents = Math.min(fromShare.of, toShare.of);
      const rate = responseOf(to).rate;
      return {
        ...base,
        comparison: {
          status: 'shown',
          caution: rate !== null && rate < OUTCOME_LOW_RESPONSE_RATE ? 'low_response' : null,
          tasksOnOwn: changeFigures(tasks, minimum, random, resamples),
          confidence: changeFigures(confidence, minimum, random, resamples),
          foundation:
            foundationRespondents < minimum
              ? { status: 'too_few', respondents: foundationRespondents, minimum }
              : { status: 'shown', from: fromShare, to: toShare },
        },
      };
    }),
  };
}
