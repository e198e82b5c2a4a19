import { z } from 'zod';

/** One part of a CSV file: its header and some of its rows, so a large file goes in several requests. */
export const ClientImportSchema = z
  .strictObject({
    csv: z.string().min(1).max(2_000_000).meta({ description: 'CSV text with the header line first.' }),
    dryRun: z.boolean(),
    firstLine: z.number().int().min(1).max(10_000_000).default(1).meta({
      description: "Line number in the whole file of this part's header line, for row-by-row reports.",
    }),
  })
  .meta({ id: 'ClientImport' });
export type ClientImport = z.input<typeof ClientImportSchema>;

export const IMPORT_OUTCOMES = ['create', 'update', 'unchanged', 'refused'] as const;

export const ClientImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    totals: z.object({
      create: z.number().int(),
      update: z.number().int(),
      unchanged: z.number().int(),
      refused: z.number().int(),
    }),
    rows: z.array(
      z.object({
        line: z.number().int(),
        fileNumber: z.string().nullable(),
        outcome: z.enum(IMPORT_OUTCOMES),
        problems: z.array(z.object({ field: z.string(), code: z.string() })),
      }),
    ),
  })
  .meta({ id: 'ClientImportReport' });
export type ClientImportReport = z.infer<typeof ClientImportReportSchema>;
