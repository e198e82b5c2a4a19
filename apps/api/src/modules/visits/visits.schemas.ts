import { SKILL_LEVELS } from '@digipakket/domain';
import { z } from 'zod';

/** One scheduled home-help visit, with only what the student needs to go there. */
export const VisitSummarySchema = z
  .object({
    chequeId: z.string(),
    appointmentAt: z.string().meta({ description: 'ISO 8601 instant', example: '2025-03-14T09:00:00.000Z' }),
    clientName: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    language: z.string(),
    needsInterpreter: z.boolean(),
    purpose: z.enum(['installation', 'free']),
    skillLevel: z.enum(SKILL_LEVELS).nullable(),
  })
  .meta({ id: 'VisitSummary' });
export type VisitSummary = z.infer<typeof VisitSummarySchema>;

export const VisitListSchema = z.object({ items: z.array(VisitSummarySchema) }).meta({ id: 'VisitList' });
export type VisitList = z.infer<typeof VisitListSchema>;
