import { z } from 'zod';
import { IsoDateSchema, PaginationQuerySchema, pageOf } from '../../ground/shared/shared.schemas';

export const AuditQuerySchema = PaginationQuerySchema.extend({
  clientId: z.string().max(64).optional(),
  userId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    action: z.string(),
    resource: z.string(),
    outcome: z.enum(['success', 'denied', 'failure']),
    purpose: z.string().nullable(),
    actor: z.object({
      id: z.string().nullable(),
      name: z.string().nullable(),
      role: z.string().nullable(),
      organisation: z.string().nullable(),
    }),
    client: z.object({ id: z.string(), name: z.string(), fileNumber: z.string() }).nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = pageOf(AuditEntrySchema, 'AuditPage');
export type AuditPage = z.infer<typeof AuditPageSchema>;
