import { z } from 'zod';
import { PhoneSchema } from '../clients/clients.schemas';

const PNG_SIGNATURE = 'iVBORw0KGgo';

/** How many partner organisations one welfare centre can give a phone number for in one save. */
export const MAX_PARTNER_PHONES = 50;

/** A logo: a PNG in base64, at most 400,000 characters (about 300 KB once decoded). */
const LogoPngBase64Schema = z
  .string()
  .max(400_000)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
  .refine((value) => value.startsWith(PNG_SIGNATURE), 'must be a PNG image');

/**
 * A welfare centre's branding for client documents. The logo is a PNG in base64 (at most about
 * 300 KB once decoded): it is printed on every page of every pack.
 */
export const TenantBrandingSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  logoPngBase64: LogoPngBase64Schema.optional(),
  contactPhone: z.string().trim().min(1).max(40),
  contactEmail: z.email().max(200).optional(),
  /** A line under the contact line of every page; may be empty. */
  footer: z.string().trim().max(200),
  address: z.string().trim().min(1).max(200).optional(),
  /** Organisation id -> the phone number the tenant's clients call for that partner. */
  partnerPhones: z.record(z.string().max(64), z.string().trim().min(1).max(40)).default({}),
});

export type TenantBranding = z.output<typeof TenantBrandingSchema>;

/** A partner organisation of the welfare centre with the number its clients call for it. */
export const BrandingPartnerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['home_help', 'training']),
    phone: z.string().nullable().meta({
      description: "Its own number; none means documents print the welfare centre's contact phone for it.",
    }),
  })
  .meta({ id: 'BrandingPartner' });
export type BrandingPartner = z.infer<typeof BrandingPartnerSchema>;

/** What the welfare centre's documents print, as the admin page shows it. */
export const BrandingResponseSchema = z
  .object({
    name: z.string().meta({ description: "The welfare centre's name on every page's header." }),
    contactPhone: z.string().meta({
      description:
        'The number clients call with questions. Empty while nobody has filled it in: documents then print a sentence without a number.',
    }),
    contactEmail: z.string().nullable(),
    address: z.string().nullable(),
    footer: z.string().meta({ description: 'The line under the contact line of every page; may be empty.' }),
    logoPngBase64: z.string().nullable().meta({ description: 'The logo as a base64 PNG, or none.' }),
    partners: z.array(BrandingPartnerSchema).meta({
      description: 'Every partner organisation that works for the welfare centre, by kind and name.',
    }),
  })
  .meta({ id: 'Branding' });
export type BrandingResponse = z.infer<typeof BrandingResponseSchema>;

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

/** What the admin saves: it replaces the previous details whole (a field left out is cleared). */
export const BrandingUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    contactPhone: PhoneSchema.meta({
      description: 'A Belgian number, national (09 266 00 00) or international (+32 9 266 00 00).',
    }),
    contactEmail: z.email().max(200).optional(),
    address: optionalText(200),
    footer: optionalText(200),
    logoPngBase64: LogoPngBase64Schema.optional().meta({
      description: 'A PNG in base64, at most 400,000 characters; left out, the document has no logo.',
    }),
    partnerPhones: z
      .record(z.string().max(64), PhoneSchema)
      .refine((phones) => Object.keys(phones).length <= MAX_PARTNER_PHONES, {
        message: `At most ${MAX_PARTNER_PHONES} partners.`,
      })
      .default({})
      .meta({
        description:
          'Organisation id -> the number its clients call; only partners of the welfare centre (GET /api/branding lists them). A partner left out gets the contact phone.',
        maxProperties: MAX_PARTNER_PHONES,
      }),
  })
  .meta({ id: 'BrandingUpdate' });
export type BrandingUpdate = z.output<typeof BrandingUpdateSchema>;
