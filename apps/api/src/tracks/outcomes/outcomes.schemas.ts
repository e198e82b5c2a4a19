import {
  OUTCOME_END_ROUND_TAKERS,
  OUTCOME_ITEM_IDS,
  OUTCOME_ITEM_KINDS,
  OUTCOME_ROUND_STATUSES,
  OUTCOME_ROUNDS,
  OUTCOME_TASK_STEPS,
  OUTCOME_WINDOW_RANGES,
} from '@digipakket/domain';
import { z } from 'zod';
import { IsoDateSchema } from '../../ground/shared/shared.schemas';
import { OUTCOME_ROUND_MODES } from './outcomes.tables';

/** How a round was taken: face to face, by phone, or on the printed questionnaire typed in afterwards. */
export type OutcomeRoundMode = (typeof OUTCOME_ROUND_MODES)[number];

export const OutcomeRoundSchema = z.enum(OUTCOME_ROUNDS).meta({ id: 'OutcomeRound' });
export const OutcomeRoundModeSchema = z.enum(OUTCOME_ROUND_MODES).meta({ id: 'OutcomeRoundMode' });
export const OutcomeItemIdSchema = z.enum(OUTCOME_ITEM_IDS).meta({ id: 'OutcomeItemId' });

/** One answer: a step of the four-step scale for a task, a whole number 0 to 10 for confidence. */
export const OutcomeAnswerSchema = z
  .strictObject({
    itemId: OutcomeItemIdSchema,
    version: z.int().min(1).max(1000),
    value: z.union([z.enum(OUTCOME_TASK_STEPS), z.int().min(0).max(10)]),
  })
  .meta({ id: 'OutcomeAnswer' });
export type OutcomeAnswerBody = z.infer<typeof OutcomeAnswerSchema>;

/**
 * Where a partner takes the end round: the teacher names the session (the group's last half-day), the
 * student the cheque of the visit (the client's second). The social worker sends none.
 */
export const OutcomeOccasionSchema = z
  .union([
    z.strictObject({ kind: z.literal('training_session'), sessionId: z.string().max(64) }),
    z.strictObject({ kind: z.literal('home_visit'), chequeId: z.string().max(64) }),
  ])
  .meta({ id: 'OutcomeOccasion' });

export const RecordOutcomeRoundSchema = z
  .strictObject({
    round: OutcomeRoundSchema,
    mode: OutcomeRoundModeSchema,
    /** The day the client answered (for paper, the day on the sheet); today when left out. */
    takenOn: IsoDateSchema.optional(),
    occasion: OutcomeOccasionSchema.optional(),
    answers: z.array(OutcomeAnswerSchema).min(1).max(OUTCOME_ITEM_IDS.length),
  })
  .meta({ id: 'RecordOutcomeRound' });
export type RecordOutcomeRound = z.infer<typeof RecordOutcomeRoundSchema>;

/** A round's score: tasks done on one's own, tasks answered, all foundation tasks on one's own, confidence. */
export const OutcomeScoreSchema = z
  .object({
    tasksOnOwn: z.int(),
    tasksAnswered: z.int(),
    foundationComplete: z.boolean().nullable(),
    confidence: z.int().nullable(),
  })
  .meta({ id: 'OutcomeScore' });

export const OutcomeTakenBySchema = z
  .object({
    userId: z.string(),
    name: z.string().nullable(),
    orgKind: z.enum(['welfare', 'home_help', 'training']),
  })
  .meta({ id: 'OutcomeTakenBy' });

export const OutcomeRoundTakenSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    round: OutcomeRoundSchema,
    mode: OutcomeRoundModeSchema,
    takenOn: IsoDateSchema,
    takenBy: OutcomeTakenBySchema,
    answers: z.array(OutcomeAnswerSchema),
    score: OutcomeScoreSchema,
  })
  .meta({ id: 'OutcomeRoundTaken' });
export type OutcomeRoundTaken = z.infer<typeof OutcomeRoundTakenSchema>;

export const OutcomeRoundWindowSchema = z
  .object({
    opensOn: IsoDateSchema,
    dueOn: IsoDateSchema,
    overdueFrom: IsoDateSchema,
    closesOn: IsoDateSchema,
  })
  .meta({ id: 'OutcomeRoundWindow' });

/** Where each round stands today: done, waiting (no end yet), not yet open, due, overdue or missing. */
export const OutcomeRoundStatusSchema = z
  .object({
    round: OutcomeRoundSchema,
    status: z.enum(OUTCOME_ROUND_STATUSES),
    window: OutcomeRoundWindowSchema.nullable(),
  })
  .meta({ id: 'OutcomeRoundStatus' });

/** One client's change from the baseline to a later round (see the domain's `outcomeChange`). */
export const OutcomeClientChangeSchema = z
  .object({
    from: OutcomeRoundSchema,
    to: OutcomeRoundSchema,
    tasksOnOwn: z.int().nullable(),
    comparedTasks: z.array(OutcomeItemIdSchema),
    confidence: z.int().nullable(),
    foundationComplete: z.object({ from: z.boolean().nullable(), to: z.boolean().nullable() }),
  })
  .meta({ id: 'OutcomeClientChange' });

export const OutcomeItemAskedSchema = z
  .object({
    itemId: OutcomeItemIdSchema,
    version: z.int(),
    kind: z.enum(OUTCOME_ITEM_KINDS),
    foundation: z.boolean(),
    pictogram: z.string(),
  })
  .meta({ id: 'OutcomeItemAsked' });

/**
 * A client's rounds as the viewer may see them. The welfare centre gets every round with its score,
 * the status of every round (missing ones included) and the change from the baseline to each later
 * round taken. A partner gets only the rounds its own people took: `statuses` and `changes` are empty,
 * and a round taken by anyone else is simply absent, exactly like a round nobody took.
 */
export const OutcomeClientRoundsSchema = z
  .object({
    clientId: z.string(),
    programmeId: z.string().nullable(),
    language: z.string(),
    endRoundTakenBy: z.enum(OUTCOME_END_ROUND_TAKERS),
    itemsAsked: z.array(OutcomeItemAskedSchema),
    rounds: z.array(OutcomeRoundTakenSchema),
    statuses: z.array(OutcomeRoundStatusSchema),
    changes: z.array(OutcomeClientChangeSchema),
  })
  .meta({ id: 'OutcomeClientRounds' });
export type OutcomeClientRounds = z.infer<typeof OutcomeClientRoundsSchema>;

/** The baseline answers the intake's skills questions already give, and the items still to ask. */
export const OutcomeBaselineFromIntakeSchema = z
  .object({
    clientId: z.string(),
    intakeId: z.string(),
    answers: z.array(OutcomeAnswerSchema),
    stillToAsk: z.array(OutcomeItemIdSchema),
  })
  .meta({ id: 'OutcomeBaselineFromIntake' });

export const OutcomeDueQuerySchema = z.object({
  /** Only the social worker's own clients (the default), or every client of the programme. */
  scope: z.enum(['mine', 'all']).default('mine'),
});

/** One round to ask, for the follow-up page: due or overdue, with the client's name and phone. */
export const OutcomeDueRoundSchema = z
  .object({
    key: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    phone: z.string().nullable(),
    round: OutcomeRoundSchema,
    dueOn: IsoDateSchema,
    status: z.enum(['due', 'overdue']),
    byPhone: z.boolean(),
  })
  .meta({ id: 'OutcomeDueRound' });

export const OutcomeDueListSchema = z
  .object({ today: IsoDateSchema, rounds: z.array(OutcomeDueRoundSchema) })
  .meta({ id: 'OutcomeDueList' });

const windowField = (key: keyof typeof OUTCOME_WINDOW_RANGES) =>
  z.int().min(OUTCOME_WINDOW_RANGES[key][0]).max(OUTCOME_WINDOW_RANGES[key][1]);

/** A programme's settings for the measure: optional items asked, who takes the end round, the windows. */
export const OutcomeMeasureSettingsSchema = z
  .object({
    optionalItems: z.array(OutcomeItemIdSchema),
    endRoundTakenBy: z.enum(OUTCOME_END_ROUND_TAKERS),
    windows: z.object({
      opensDaysBefore: windowField('opensDaysBefore'),
      overdueAfterDays: windowField('overdueAfterDays'),
      closesAfterDays: windowField('closesAfterDays'),
      baselineClosesAfterDays: windowField('baselineClosesAfterDays'),
    }),
  })
  .meta({ id: 'OutcomeMeasureSettings' });

export const OutcomeMeasureSettingsUpdateSchema = z
  .strictObject({
    optionalItems: OutcomeMeasureSettingsSchema.shape.optionalItems.optional(),
    endRoundTakenBy: OutcomeMeasureSettingsSchema.shape.endRoundTakenBy.optional(),
    windows: z.strictObject(OutcomeMeasureSettingsSchema.shape.windows.shape).partial().optional(),
  })
  .meta({ id: 'OutcomeMeasureSettingsUpdate' });
