import { OUTCOME_ROUNDS } from '@digipakket/domain';
import { z } from 'zod';
import { DataFreshnessSchema } from '../../ground/database/database.freshness.schemas';
import { IsoDateSchema } from '../../ground/shared/shared.schemas';

/**
 * The variations a client's package can follow, read from what was recorded for the client:
 * `standard` (cheques and the basic course), `extra_cheques` (extra cheques instead of the course),
 * `digibuddy` (paired with a volunteer Digibuddy) and `laptop_only` (a client who needed no lessons).
 * Drop-outs stay in their variation and are counted in `dropOuts`.
 */
export const OUTCOME_VARIATIONS = ['standard', 'extra_cheques', 'digibuddy', 'laptop_only'] as const;
export type OutcomeVariation = (typeof OUTCOME_VARIATIONS)[number];

const RoundSchema = z.enum(OUTCOME_ROUNDS);

export const OutcomeComparisonQuerySchema = z.object({
  /** The programme; the tenant's active programme when left out. */
  programmeId: z.string().max(64).optional(),
  /** Clients whose intake falls in this period (inclusive); the whole programme when left out. */
  periodFrom: IsoDateSchema.optional(),
  periodTo: IsoDateSchema.optional(),
  from: RoundSchema.default('baseline'),
  to: RoundSchema.default('end'),
});
export type OutcomeComparisonQuery = z.input<typeof OutcomeComparisonQuerySchema>;

export const OutcomeFunderReportQuerySchema = OutcomeComparisonQuerySchema.extend({
  locale: z.enum(['nl', 'en', 'fr']).default('nl'),
});

const IntervalSchema = z.object({
  low: z.number(),
  high: z.number(),
  level: z.number(),
  resamples: z.int(),
});

const TooFewSchema = z
  .object({ status: z.literal('too_few'), respondents: z.int(), minimum: z.int() })
  .meta({ id: 'OutcomeTooFew' });

const ChangeFiguresSchema = z
  .object({
    status: z.literal('shown'),
    respondents: z.int(),
    median: z.number(),
    mean: z.number(),
    medianInterval: IntervalSchema,
    meanInterval: IntervalSchema,
  })
  .meta({ id: 'OutcomeChangeFigures' });

const ShareSchema = z.object({ reached: z.int(), of: z.int(), share: z.number().nullable() });

/**
 * One group's row: its clients, drop-outs, response per round, the cost, and either the figures or
 * "too few to compare" (never a value from the few who answered).
 */
export const OutcomeGroupReportSchema = z
  .object({
    key: z.string(),
    kind: z.enum(['programme', 'wave', 'variation']),
    label: z.string(),
    clients: z.int(),
    dropOuts: z.int(),
    responses: z.array(
      z.object({ round: RoundSchema, expected: z.int(), respondents: z.int(), rate: z.number().nullable() }),
    ),
    paired: z.int(),
    lost: z.int(),
    cost: z.object({
      clients: z.int(),
      laptopsCents: z.int(),
      chequesCents: z.int(),
      lessonsCents: z.int(),
      totalCents: z.int(),
      perClientCents: z.int().nullable(),
    }),
    comparison: z.union([
      TooFewSchema,
      z.object({
        status: z.literal('shown'),
        caution: z.enum(['low_response']).nullable(),
        tasksOnOwn: z.union([ChangeFiguresSchema, TooFewSchema]),
        confidence: z.union([ChangeFiguresSchema, TooFewSchema]),
        foundation: z.union([
          z.object({ status: z.literal('shown'), from: ShareSchema, to: ShareSchema }),
          TooFewSchema,
        ]),
      }),
    ]),
  })
  .meta({ id: 'OutcomeGroupReport' });
export type OutcomeGroupReportBody = z.infer<typeof OutcomeGroupReportSchema>;

/** What turned use into money: the programme's costs, and which of them are still the defaults. */
export const OutcomeCostBasisSchema = z
  .object({
    laptopValueCents: z.int().meta({ description: "A laptop handed out: the programme's setting." }),
    chequeHourCostCents: z.int().meta({ description: "An hour of home help: the programme's setting." }),
    chequeValueCents: z
      .int()
      .meta({ description: 'A cheque used: the cost of an hour of home help times its minutes over sixty.' }),
    lessonHourCostCents: z.int().meta({ description: "A lesson hour attended: the programme's setting." }),
    assumptions: z.array(z.enum(['laptop_value', 'cheque_hour_cost', 'lesson_hour_cost'])).meta({
      description:
        'The costs the programme never set (PUT /api/programmes/{id}/settings), whose defaults are assumed.',
    }),
  })
  .meta({ id: 'OutcomeCostBasis' });

/** The project lead's comparison: the programme as a whole, its waves and its variations side by side. */
export const OutcomeComparisonSchema = z
  .object({
    programme: z.object({ id: z.string(), name: z.string() }),
    period: z.object({ from: IsoDateSchema.nullable(), to: IsoDateSchema.nullable() }),
    asOf: IsoDateSchema,
    from: RoundSchema,
    to: RoundSchema,
    seed: z.int(),
    minimum: z.int(),
    costBasis: OutcomeCostBasisSchema,
    programmeGroup: OutcomeGroupReportSchema,
    byWave: z.array(OutcomeGroupReportSchema),
    byVariation: z.array(OutcomeGroupReportSchema),
    /** Where the answers and figures were read (the standby when one is set) and how old they are. */
    freshness: DataFreshnessSchema,
  })
  .meta({ id: 'OutcomeComparison' });
export type OutcomeComparison = z.infer<typeof OutcomeComparisonSchema>;

/** The delivery figures of the funder's report, over the same clients and period. */
export const OutcomeDeliverySchema = z
  .object({
    clientsReached: z.int(),
    laptopsHandedOut: z.int(),
    chequesUsed: z.int(),
    homeHelpHours: z.number(),
    sessionsAttended: z.int(),
    sessionsPlanned: z.int(),
    attendanceRate: z.number().nullable(),
    referrals: z.int(),
  })
  .meta({ id: 'OutcomeDelivery' });

export const OutcomeFunderReportSchema = OutcomeComparisonSchema.extend({
  delivery: OutcomeDeliverySchema,
}).meta({ id: 'OutcomeFunderReport' });
export type OutcomeFunderReport = z.infer<typeof OutcomeFunderReportSchema>;

export const OutcomeQuestionnaireQuerySchema = z.object({
  round: RoundSchema.default('end'),
  /** A client language code; the client's own language when left out. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
});
