import type { OutcomeAnswer, OutcomeCatalogue, OutcomeItemId } from './outcome-measure';
import {
  findOutcomeItem,
  OUTCOME_CATALOGUE,
  OUTCOME_ON_OWN_STEPS,
  type OutcomeTaskStep,
  outcomeVersionsComparable,
} from './outcome-measure';

/**
 * One round's answers summed up:
 * - `tasksOnOwn`: tasks answered "on my own" or "I can show someone else";
 * - `tasksAnswered`: tasks answered at all;
 * - `foundationComplete`: every foundation task done on one's own; `false` as soon as one is answered
 *   below that, `null` when none is below but some were not answered (unknown, not a failure);
 * - `confidence`: the 0 to 10 answer, or `null` when not answered.
 *
 * @example
 * const score: OutcomeScore = { tasksOnOwn: 9, tasksAnswered: 15, foundationComplete: true, confidence: 6 };
 */
export interface OutcomeScore {
  readonly tasksOnOwn: number;
  readonly tasksAnswered: number;
  readonly foundationComplete: boolean | null;
  readonly confidence: number | null;
}

function onOwn(answer: OutcomeAnswer): boolean {
  return OUTCOME_ON_OWN_STEPS.includes(answer.value as OutcomeTaskStep);
}

/**
 * Scores one round's answers. Every answered task counts, whatever its version: the score describes
 * what the client said in that round. Answers to items the catalogue does not know are ignored (parse
 * them first with `parseOutcomeAnswers`).
 *
 * @example
 * scoreOutcomeAnswers({ answers: [{ itemId: 'connect_wifi', version: 1, value: 'can_show_others' },
 *   { itemId: 'open_app', version: 1, value: 'with_help' }, { itemId: 'confidence', version: 1, value: 4 }] });
 * // { score: { tasksOnOwn: 1, tasksAnswered: 2, foundationComplete: false, confidence: 4 } }
 */
export function scoreOutcomeAnswers({
  answers,
  catalogue = OUTCOME_CATALOGUE,
}: {
  answers: readonly OutcomeAnswer[];
  catalogue?: OutcomeCatalogue;
}): { score: OutcomeScore } {
  let tasksOnOwn = 0;
  let tasksAnswered = 0;
  let confidence: number | null = null;
  const foundationDone = new Set<OutcomeItemId>();
  let foundationBelow = false;
  for (const answer of answers) {
    const item = findOutcomeItem({ itemId: answer.itemId, version: answer.version, catalogue });
    if (!item) continue;
    if (item.kind === 'confidence') {
      confidence = answer.value as number;
      continue;
    }
    tasksAnswered += 1;
    if (onOwn(answer)) tasksOnOwn += 1;
    if (item.foundation) {
      if (onOwn(answer)) foundationDone.add(item.id);
      else foundationBelow = true;
    }
  }
  const foundationIds = new Set(catalogue.filter((item) => item.foundation).map((item) => item.id));
  const foundationComplete = foundationBelow
    ? false
    : foundationDone.size === foundationIds.size
      ? true
      : null;
  return { score: { tasksOnOwn, tasksAnswered, foundationComplete, confidence } };
}

/**
 * One client's change from one round to a later one (or an earlier one: the change is antisymmetric,
 * swapping the rounds negates it).
 *
 * - `tasksOnOwn`: tasks done on one's own in `to` minus in `from`, counted over `comparedTasks` only;
 *   `null` when no task can be compared;
 * - `confidence`: `to` minus `from`, or `null` when either is missing or the versions are not comparable;
 * - `foundationComplete`: the flag of each round, as {@link scoreOutcomeAnswers} gives it.
 *
 * @example
 * const change: OutcomeChange = { tasksOnOwn: 4, comparedTasks: ['connect_wifi', 'open_app'], confidence: 3,
 *   foundationComplete: { from: false, to: true } };
 */
export interface OutcomeChange {
  readonly tasksOnOwn: number | null;
  readonly comparedTasks: readonly OutcomeItemId[];
  readonly confidence: number | null;
  readonly foundationComplete: { readonly from: boolean | null; readonly to: boolean | null };
}

/**
 * The change between two rounds of one client.
 *
 * The version rule: an item counts towards the change only when both rounds answered it and the two
 * versions are comparable (the same version, or every newer version in between declares
 * `comparableWithPrevious`, e.g. a clearer sentence that asks the same thing). When a new version asks
 * something else, that item drops out of this client's change on both sides, so a new wording never
 * shows up as progress or decline; an item a programme stopped (or started) asking drops out the same
 * way. Each round's own score still counts every answered task, so levels and changes can differ in
 * how many tasks they cover: `comparedTasks` says which ones the change is about.
 *
 * @example
 * outcomeChange({
 *   from: [{ itemId: 'connect_wifi', version: 1, value: 'cannot' }, { itemId: 'confidence', version: 1, value: 3 }],
 *   to: [{ itemId: 'connect_wifi', version: 1, value: 'on_my_own' }, { itemId: 'confidence', version: 1, value: 7 }],
 * });
 * // { change: { tasksOnOwn: 1, comparedTasks: ['connect_wifi'], confidence: 4, foundationComplete: { from: false, to: null } } }
 */
export function outcomeChange({
  from,
  to,
  catalogue = OUTCOME_CATALOGUE,
}: {
  from: readonly OutcomeAnswer[];
  to: readonly OutcomeAnswer[];
  catalogue?: OutcomeCatalogue;
}): { change: OutcomeChange } {
  const kindOf = (answer: OutcomeAnswer) =>
    findOutcomeItem({ itemId: answer.itemId, version: answer.version, catalogue })?.kind;
  const later = new Map(to.map((answer) => [answer.itemId, answer]));
  const comparedTasks: OutcomeItemId[] = [];
  let tasksOnOwn = 0;
  let confidence: number | null = null;
  for (const before of from) {
    const after = later.get(before.itemId);
    if (!after) continue;
    const kind = kindOf(before);
    if (kind === undefined || kind !== kindOf(after)) continue;
    if (!outcomeVersionsComparable({ itemId: before.itemId, a: before.version, b: after.version, catalogue }))
      continue;
    if (kind === 'confidence') {
      confidence = (after.value as number) - (before.value as number);
      continue;
    }
    comparedTasks.push(before.itemId);
    tasksOnOwn += Number(onOwn(after)) - Number(onOwn(before));
  }
  return {
    change: {
      tasksOnOwn: comparedTasks.length > 0 ? tasksOnOwn : null,
      comparedTasks,
      confidence,
      foundationComplete: {
        from: scoreOutcomeAnswers({ answers: from, catalogue }).score.foundationComplete,
        to: scoreOutcomeAnswers({ answers: to, catalogue }).score.foundationComplete,
      },
    },
  };
}
