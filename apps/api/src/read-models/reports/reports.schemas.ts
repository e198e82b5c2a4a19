import { z } from 'zod';
import { DataFreshnessSchema } from '../../ground/database/database.freshness.schemas';
import { IsoDateSchema } from '../../ground/shared/shared.schemas';

export const REPORT_KINDS = [
  'equipped-by-purpose',
  'skills',
  'cheques',
  'statements',
  'trajectory-endings',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const ReportQuerySchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  waveId: z.string().max(64).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  locale: z.enum(['nl', 'en', 'fr']).default('nl'),
});
export type ReportQuery = z.input<typeof ReportQuerySchema>;

/** A report as a table: its columns (with headers in the asked language) and its rows. */
export const ReportSchema = z
  .object({
    report: z.enum(REPORT_KINDS),
    title: z.string(),
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    wave: z.object({ id: z.string(), name: z.string() }).nullable(),
    columns: z.array(z.object({ key: z.string(), header: z.string() })),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
    /** Where the figures were read (the standby when one is set) and how old they are. */
    freshness: DataFreshnessSchema,
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof ReportSchema>;
