import {
  ANSWERS,
  PACKAGE_CHEQUES,
  PURPOSES,
  QUESTION_IDS,
  type QuestionId,
  SKILL_LEVELS,
} from '@digipakket/domain';
import { z } from 'zod';
import { PackageSchema } from '../../records/clients/clients.schemas';

const QuestionIdSchema = z.enum(QUESTION_IDS as [QuestionId, ...QuestionId[]]);

/** What the social worker filled in so far; a draft may leave anything open. */
export const IntakeInputSchema = z
  .strictObject({
    purposes: z.array(z.enum(PURPOSES)).max(PURPOSES.length).default([]),
    householdHasUsableLaptop: z.boolean().optional(),
    canAffordLaptop: z.boolean().optional(),
    activeWelfareFile: z.boolean().default(true),
    // The record refuses unknown question ids at run time; the meta says so in the OpenAPI document too.
    answers: z
      .partialRecord(QuestionIdSchema, z.enum(ANSWERS))
      .default({})
      .meta({ additionalProperties: false }),
    waveId: z.string().max(64).optional(),
    // Strict, unlike the package in answers: a body that names an unknown part of the package is refused.
    package: z
      .strictObject({
        ...PackageSchema.shape,
        // Issuing makes this many cheques: never more than a programme's package can hold.
        cheques: z.number().int().min(PACKAGE_CHEQUES.min).max(PACKAGE_CHEQUES.max),
      })
      .optional()
      .meta({ description: 'Only when the recommended package is changed.' }),
    packageChangeReason: z.string().trim().max(1000).optional(),
    overrideReason: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'IntakeInput' });
export type IntakeInput = z.input<typeof IntakeInputSchema>;

export const IntakeSaveSchema = IntakeInputSchema.extend({
  decision: z.enum(['draft', 'approved', 'rejected']),
}).meta({ id: 'IntakeSave' });
export type IntakeSave = z.input<typeof IntakeSaveSchema>;

/** The verdict of the rules on what was filled in: level, eligibility with every reason, package. */
export const IntakeEvaluationSchema = z
  .object({
    missingAnswers: z.array(z.string()),
    level: z.enum(SKILL_LEVELS).nullable(),
    decidedBy: z.array(z.string()),
    eligible: z.boolean(),
    overridden: z.boolean(),
    reasons: z.array(z.object({ code: z.string() }).catchall(z.unknown())),
    recommendedPackage: PackageSchema.nullable(),
  })
  .meta({ id: 'IntakeEvaluation' });
export type IntakeEvaluation = z.infer<typeof IntakeEvaluationSchema>;

export const IntakeViewSchema = z
  .object({
    id: z.string(),
    decision: z.enum(['draft', 'approved', 'rejected']),
    purposes: z.array(z.string()),
    householdHasUsableLaptop: z.boolean().nullable(),
    canAffordLaptop: z.boolean().nullable(),
    activeWelfareFile: z.boolean(),
    answers: z.record(z.string(), z.string()),
    waveId: z.string().nullable(),
    package: PackageSchema.nullable(),
    packageChangeReason: z.string().nullable(),
    overrideReason: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'IntakeView' });
export type IntakeView = z.infer<typeof IntakeViewSchema>;

export const WaveOptionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    pickupFrom: z.string(),
    pickupTo: z.string(),
    laptopCapacity: z.number().int(),
    laptopsCommitted: z.number().int(),
    /** Laptops the client can still get in this wave: its room, at most the laptops in stock not yet promised. */
    laptopsFree: z.number().int(),
  })
  .meta({ id: 'WaveOption' });
export type WaveOption = z.infer<typeof WaveOptionSchema>;

export const IntakeResponseSchema = z
  .object({
    intake: IntakeViewSchema.nullable(),
    evaluation: IntakeEvaluationSchema.nullable(),
    programme: z.object({ id: z.string(), name: z.string() }),
    waves: z.array(WaveOptionSchema),
  })
  .meta({ id: 'IntakeResponse' });
export type IntakeResponse = z.infer<typeof IntakeResponseSchema>;
