import { PORTAL_LANGUAGES } from '@digipakket/domain';
import { z } from 'zod';
import { answerOf, listOf } from '../../ground/shared/shared.schemas';

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .meta({ description: 'Calendar month', example: '2025-03' });

export const StatementCreateSchema = z
  .strictObject({ tenantId: z.string().min(1).max(64), month })
  .meta({ id: 'StatementCreate' });
export type StatementCreate = z.infer<typeof StatementCreateSchema>;

export const StatementListQuerySchema = z.strictObject({
  tenantId: z.string().max(64).optional(),
  month: month.optional(),
});
export type StatementListQuery = z.infer<typeof StatementListQuerySchema>;

export const StatementTotalsSchema = z
  .object({
    cheques: z.number().int(),
    minutesSpent: z.number().int(),
    chequeHours: z.number(),
    amountCents: z.number().int(),
    /** The price of every line when they share one; null when the lines were stated at different prices. */
    priceCentsPerCheque: z.number().int().nullable(),
  })
  .meta({ id: 'StatementTotals' });

export const StatementSummarySchema = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    tenantName: z.string(),
    homeHelpOrgName: z.string(),
    month: z.string(),
    status: z.enum(['draft', 'sent', 'accepted', 'disputed']).meta({
      description:
        '`draft` (only the partner sees it), `sent`, then reconciled: `accepted` (every line matched) or `disputed`.',
    }),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    totals: StatementTotalsSchema,
  })
  .meta({ id: 'StatementSummary' });
export type StatementSummary = z.infer<typeof StatementSummarySchema>;

export const StatementLineSchema = z
  .object({
    id: z.string(),
    chequeId: z.string(),
    chequeCode: z.string(),
    clientName: z.string(),
    visitedOn: z.string(),
    studentName: z.string(),
    minutes: z.number().int(),
    purpose: z.enum(['installation', 'free']),
    /** What the line invoices: the cheque's price, frozen when the statement was made. */
    priceCents: z.number().int(),
    reconciliation: z
      .object({
        outcome: z.enum(['matched', 'disputed']),
        reason: z.string().nullable(),
        decidedAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'StatementLine' });
export type StatementLine = z.infer<typeof StatementLineSchema>;

export const StatementSchema = StatementSummarySchema.extend({ lines: z.array(StatementLineSchema) }).meta({
  id: 'Statement',
});
export type Statement = z.infer<typeof StatementSchema>;

export const StatementResponseSchema = answerOf('statement', StatementSchema, 'StatementResponse');
export type StatementResponse = z.infer<typeof StatementResponseSchema>;

export const StatementListSchema = listOf(StatementSummarySchema, 'StatementList');
export type StatementList = z.infer<typeof StatementListSchema>;

export const ReconcileRequestSchema = z
  .strictObject({
    outcome: z.enum(['matched', 'disputed']),
    reason: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'ReconcileRequest' });
export type ReconcileRequest = z.infer<typeof ReconcileRequestSchema>;

export const StatementLineResponseSchema = answerOf('line', StatementLineSchema, 'StatementLineResponse');

export const StatementPdfQuerySchema = z.strictObject({
  language: z
    .enum(PORTAL_LANGUAGES)
    .optional()
    .meta({ description: "The labels' language beside Dutch; the reader's portal language when left out." }),
});
