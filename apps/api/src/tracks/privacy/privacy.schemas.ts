import { RETENTION_MONTHS } from '@digipakket/domain';
import { z } from 'zod';
import { textBodyOf } from '../../ground/shared/shared.schemas';

export const RetentionSettingsSchema = z
  .strictObject({
    retentionMonths: z.number().int().min(RETENTION_MONTHS.min).max(RETENTION_MONTHS.max),
  })
  .meta({ id: 'RetentionSettings' });
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;

export const RetentionSettingsResponseSchema = z
  .object({
    retentionMonths: z.number().int(),
    limits: z.object({ min: z.number().int(), max: z.number().int(), default: z.number().int() }),
  })
  .meta({ id: 'RetentionSettingsResponse' });
export type RetentionSettingsResponse = z.infer<typeof RetentionSettingsResponseSchema>;

export const ErasureRequestSchema = textBodyOf('reason', { min: 3, max: 500 }, 'ErasureRequest');
export type ErasureRequest = z.infer<typeof ErasureRequestSchema>;

export const ErasureResultSchema = z
  .object({
    clientId: z.string(),
    anonymisedAt: z.string(),
    alreadyAnonymised: z.boolean(),
  })
  .meta({ id: 'ErasureResult' });
export type ErasureResult = z.infer<typeof ErasureResultSchema>;

const Row = z.record(z.string(), z.unknown());
const Organisation = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['welfare', 'home_help', 'training']),
});

/**
 * The answer to a client's access request (GDPR article 15): what each organisation holds on them,
 * and who read or changed it. Rows are the stored records, field for field.
 */
export const AccessExportSchema = z
  .object({
    format: z.literal('digipakket.access-export.v1'),
    generatedAt: z.string(),
    tenant: z.object({ id: z.string(), name: z.string() }),
    clientId: z.string(),
    organisations: z.array(
      z.object({
        organisation: Organisation,
        data: z.record(z.string(), z.union([Row, z.array(Row)])),
      }),
    ),
    auditTrail: z.array(Row),
  })
  .meta({ id: 'AccessExport' });
export type AccessExport = z.infer<typeof AccessExportSchema>;
