import { z } from 'zod';

const PNG_SIGNATURE = 'iVBORw0KGgo';

/**
 * A welfare centre's branding for client documents. The logo is a PNG in base64 (at most about
 * 300 KB once decoded): it is printed on every page of every pack.
 */
export const TenantBrandingSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  logoPngBase64: z
    .string()
    .max(400_000)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
    .refine((value) => value.startsWith(PNG_SIGNATURE), 'must be a PNG image')
    .optional(),
  contactPhone: z.string().trim().min(1).max(40),
  contactEmail: z.email().max(200).optional(),
  footer: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(200).optional(),
  /** Organisation id -> the phone number the tenant's clients call for that partner. */
  partnerPhones: z.record(z.string().max(64), z.string().trim().min(1).max(40)).default({}),
});

export type TenantBranding = z.output<typeof TenantBrandingSchema>;
