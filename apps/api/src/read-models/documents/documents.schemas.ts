import { z } from 'zod';
import { ClientLanguageSchema } from '../../records/clients/clients.schemas';

/** The documents a client can be given, each one PDF. */
export const CLIENT_DOCUMENTS = [
  'receipt.pdf',
  'cheques.pdf',
  'lesson-plan.pdf',
  'help-nearby.pdf',
  'welcome-pack.pdf',
] as const;
export type ClientDocument = (typeof CLIENT_DOCUMENTS)[number];

export const ClientDocumentParamsSchema = z.object({
  id: z.string().max(64),
  document: z.enum(CLIENT_DOCUMENTS),
});

export const DocumentLanguageQuerySchema = z.object({
  /** The language to print in; the client's preferred language when left out. */
  language: ClientLanguageSchema.optional(),
});

/** Which languages documents can be printed in, and whether a native speaker reviewed the text. */
export const DocumentLanguagesSchema = z
  .object({
    languages: z.array(
      z.object({
        language: ClientLanguageSchema,
        name: z.string(),
        autonym: z.string(),
        direction: z.enum(['ltr', 'rtl']),
        reviewed: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'DocumentLanguages' });
export type DocumentLanguages = z.infer<typeof DocumentLanguagesSchema>;

/** Print the packs of a wave (its approved, open clients) or of chosen clients, each in their own language. */
export const DocumentBatchCreateSchema = z
  .union([
    z.strictObject({ waveId: z.string().min(1).max(64) }),
    z.strictObject({ clientIds: z.array(z.string().min(1).max(64)).min(1).max(5000) }),
  ])
  .meta({ id: 'DocumentBatchCreate' });

export const DOCUMENT_BATCH_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;

export const DocumentBatchSchema = z
  .object({
    id: z.string(),
    status: z.enum(DOCUMENT_BATCH_STATUSES),
    total: z.number().int(),
    processed: z.number().int(),
    failed: z.number().int(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'DocumentBatch' });
export type DocumentBatch = z.infer<typeof DocumentBatchSchema>;

export const DocumentBatchResponseSchema = z.object({ job: DocumentBatchSchema });
