import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findOutcomeItem,
  OUTCOME_CATALOGUE,
  OUTCOME_TASK_STEPS,
  type OutcomeAnswer,
  type OutcomeCatalogue,
  type OutcomeItemId,
  type OutcomeTaskStep,
} from './outcome-measure';
import { outcomeChange, scoreOutcomeAnswers } from './outcome-scoring';

const TASK_IDS = OUTCOME_CATALOGUE.filter((item) => item.kind === 'task').map((item) => item.id);
const FOUNDATION_IDS = OUTCOME_CATALOGUE.filter((item) => item.foundation).map((item) => item.id);

function answers(
  steps: Partial<Record<OutcomeItemId, OutcomeTaskStep>>,
  confidence?: number,
): OutcomeAnswer[] {
  const tasks = Object.entries(steps).map(([itemId, value]) => ({
    itemId: itemId as OutcomeItemId,
    version: 1,
    value,
  }));
  return confidence === undefined
    ? tasks
    : [...tasks, { itemId: 'confidence', version: 1, value: confidence }];
}

/** A round's answers: each task answered or skipped, confidence answered or skipped. */
const roundArbitrary = fc
  .tuple(
    fc.array(fc.option(fc.constantFrom(...OUTCOME_TASK_STEPS), { nil: undefined }), {
      minLength: TASK_IDS.length,
      maxLength: TASK_IDS.length,
    }),
    fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  )
  .map(([steps, confidence]) =>
    answers(
      Object.fromEntries(TASK_IDS.flatMap((id, index) => (steps[index] ? [[id, steps[index]]] : []))),
      confidence,
    ),
  );

describe('scoring one round', () => {
  it('counts tasks done on one\'s own ("on my own" or "I can show someone else") and keeps confidence', () => {
    expect(
      scoreOutcomeAnswers({
        answers: answers(
          { connect_wifi: 'can_show_others', open_app: 'with_help', job_sites: 'on_my_own' },
          4,
        ),
      }),
    ).toEqual({ score: { tasksOnOwn: 2, tasksAnswered: 3, foundationComplete: false, confidence: 4 } });
  });

  it("marks the foundation complete only when all eight foundation tasks are done on one's own", () => {
    const allEight = Object.fromEntries(FOUNDATION_IDS.map((id) => [id, 'on_my_own'])) as Record<
      OutcomeItemId,
      OutcomeTaskStep
    >;
    expect(scoreOutcomeAnswers({ answers: answers(allEight) }).score.foundationComplete).toBe(true);
    expect(
      scoreOutcomeAnswers({ answers: answers({ ...allEight, log_in: 'with_help' }) }).score
        .foundationComplete,
    ).toBe(false);
  });

  it('calls the foundation unknown, not failed, when a foundation task was skipped and none is below', () => {
    const score = scoreOutcomeAnswers({ answers: answers({ device_controls: 'on_my_own' }) }).score;
    expect(score).toEqual({ tasksOnOwn: 1, tasksAnswered: 1, foundationComplete: null, confidence: null });
  });

  it('ignores answers to items the catalogue does not know', () => {
    const stray = [{ itemId: 'open_app', version: 7, value: 'on_my_own' }] as OutcomeAnswer[];
    expect(scoreOutcomeAnswers({ answers: stray }).score.tasksAnswered).toBe(0);
  });

  it('is monotone: raising any answer never lowers the tasks done alone, the foundation flag or confidence', () => {
    const raise = (answer: OutcomeAnswer, by: number): OutcomeAnswer =>
      typeof answer.value === 'number'
        ? { ...answer, value: Math.min(10, answer.value + by) }
        : {
            ...answer,
            value: OUTCOME_TASK_STEPS[Math.min(3, OUTCOME_TASK_STEPS.indexOf(answer.value) + by)]!,
          };
    const rank = (flag: boolean | null) => (flag === false ? 0 : flag === null ? 1 : 2);
    fc.assert(
      fc.property(roundArbitrary, fc.nat(), fc.integer({ min: 1, max: 3 }), (round, pick, by) => {
        fc.pre(round.length > 0);
        const index = pick % round.length;
        const raised = round.map((answer, at) => (at === index ? raise(answer, by) : answer));
        const before = scoreOutcomeAnswers({ answers: round }).score;
        const after = scoreOutcomeAnswers({ answers: raised }).score;
        expect(after.tasksOnOwn).toBeGreaterThanOrEqual(before.tasksOnOwn);
        expect(rank(after.foundationComplete)).toBeGreaterThanOrEqual(rank(before.foundationComplete));
        expect(after.confidence ?? -1).toBeGreaterThanOrEqual(before.confidence ?? -1);
      }),
    );
  });
});

describe("one client's change between two rounds", () => {
  it('counts tasks answered in both rounds, and the change in confidence', () => {
    const { change } = outcomeChange({
      from: answers({ connect_wifi: 'cannot', open_app: 'on_my_own', log_in: 'with_help' }, 3),
      to: answers({ connect_wifi: 'on_my_own', open_app: 'can_show_others', online_banking: 'on_my_own' }, 7),
    });
    expect(change).toEqual({
      tasksOnOwn: 1,
      comparedTasks: ['connect_wifi', 'open_app'],
      confidence: 4,
      foundationComplete: { from: false, to: null },
    });
  });

  it('has no task change when no task was answered in both rounds', () => {
    const { change } = outcomeChange({ from: answers({ connect_wifi: 'cannot' }), to: answers({}, 5) });
    expect(change.tasksOnOwn).toBeNull();
    expect(change.confidence).toBeNull();
  });

  it('leaves out an item whose newer version asks something else, and keeps one that was only reworded', () => {
    const logIn = findOutcomeItem({ itemId: 'log_in', version: 1 })!;
    const confidence = findOutcomeItem({ itemId: 'confidence', version: 1 })!;
    const catalogue: OutcomeCatalogue = [
      ...OUTCOME_CATALOGUE,
      { ...logIn, version: 2, comparableWithPrevious: true },
      { ...confidence, version: 2, comparableWithPrevious: false },
    ];
    const from: OutcomeAnswer[] = [
      { itemId: 'log_in', version: 1, value: 'cannot' },
      { itemId: 'connect_wifi', version: 1, value: 'cannot' },
      { itemId: 'confidence', version: 1, value: 2 },
    ];
    const reworded = outcomeChange({
      from,
      to: [
        { itemId: 'log_in', version: 2, value: 'on_my_own' },
        { itemId: 'connect_wifi', version: 1, value: 'cannot' },
        { itemId: 'confidence', version: 2, value: 9 },
      ],
      catalogue,
    }).change;
    expect(reworded.comparedTasks).toEqual(['log_in', 'connect_wifi']);
    expect(reworded.tasksOnOwn).toBe(1);
    expect(reworded.confidence).toBeNull();

    const changedMeaning: OutcomeCatalogue = [...OUTCOME_CATALOGUE, { ...logIn, version: 2 }];
    const newQuestion = outcomeChange({
      from,
      to: [{ itemId: 'log_in', version: 2, value: 'on_my_own' }],
      catalogue: changedMeaning,
    }).change;
    expect(newQuestion.comparedTasks).toEqual([]);
    expect(newQuestion.tasksOnOwn).toBeNull();
  });

  it('is antisymmetric: swapping the rounds negates the change', () => {
    fc.assert(
      fc.property(roundArbitrary, roundArbitrary, (a, b) => {
        const forward = outcomeChange({ from: a, to: b }).change;
        const backward = outcomeChange({ from: b, to: a }).change;
        expect(backward.tasksOnOwn === null ? null : 0 - backward.tasksOnOwn).toBe(forward.tasksOnOwn);
        expect(backward.confidence === null ? null : 0 - backward.confidence).toBe(forward.confidence);
        expect([...backward.comparedTasks].sort()).toEqual([...forward.comparedTasks].sort());
        expect(backward.foundationComplete).toEqual({
          from: forward.foundationComplete.to,
          to: forward.foundationComplete.from,
        });
      }),
    );
  });

  it('is zero from a round to itself', () => {
    fc.assert(
      fc.property(roundArbitrary, (round) => {
        const { change } = outcomeChange({ from: round, to: round });
        expect(change.tasksOnOwn ?? 0).toBe(0);
        expect(change.confidence ?? 0).toBe(0);
      }),
    );
  });
});
