import {
  CLIENT_LANGUAGE_CODES,
  type ClientLanguage,
  isBelgianPhoneNumber,
  isBelgianPostcode,
  parseNationalNumber,
} from '@digipakket/domain';
import { z } from 'zod';
import { answerOf, IsoDateSchema, listOf, TrajectoryStatusSchema } from '../../ground/shared/shared.schemas';

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

/** A Belgian postcode: four digits, not starting with 0. */
export const PostcodeSchema = z.string().trim().refine(isBelgianPostcode, 'A Belgian postcode has 4 digits.');

/** A Belgian landline or mobile number, national (`0470 12 34 56`) or international (`+32 …`). */
export const PhoneSchema = z
  .string()
  .trim()
  .max(30)
  .refine(isBelgianPhoneNumber, 'Use a Belgian phone number, e.g. 0470 12 34 56 or +32 9 266 00 00.');

/** The national register number, with or without dots and dash; stored as its 11 digits. */
export const NationalNumberSchema = z
  .string()
  .trim()
  .max(20)
  .superRefine((value, ctx) => {
    const parsed = parseNationalNumber(value);
    if (!parsed.ok) {
      ctx.addIssue({
        code: 'custom',
        message: 'This is not a valid national register number (check the check digits).',
        params: { reason: parsed.reasons[0]?.code },
      });
    }
  })
  .transform((value) => value.replace(/[\s.\-/]/g, ''));

/** One of the languages client documents exist in (`nl`, `fr`, `en`, `ar`, `tr`, …, `fa`). */
export const ClientLanguageSchema = z
  .enum(CLIENT_LANGUAGE_CODES as [ClientLanguage, ...ClientLanguage[]])
  .meta({ id: 'ClientLanguage' });

export const ClientCreateSchema = z
  .strictObject({
    fileNumber: z.string().trim().min(1).max(40),
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    birthDate: IsoDateSchema.optional(),
    nationalNumber: NationalNumberSchema.optional(),
    phone: PhoneSchema.optional(),
    email: z.email().max(320).optional(),
    preferredLanguage: ClientLanguageSchema,
    needsInterpreter: z.boolean().optional(),
    street: optionalText(200),
    postcode: PostcodeSchema.optional(),
    city: optionalText(100),
  })
  .meta({ id: 'ClientCreate' });
export type ClientCreate = z.input<typeof ClientCreateSchema>;

/** A change to a client's record: only the fields sent change; `null` clears an optional field. */
export const ClientUpdateSchema = z
  .strictObject({
    fileNumber: z.string().trim().min(1).max(40).optional(),
    firstName: z.string().trim().min(1).max(100).optional(),
    lastName: z.string().trim().min(1).max(100).optional(),
    birthDate: IsoDateSchema.nullable().optional(),
    nationalNumber: NationalNumberSchema.nullable().optional(),
    phone: PhoneSchema.nullable().optional(),
    email: z.email().max(320).nullable().optional(),
    preferredLanguage: ClientLanguageSchema.optional(),
    needsInterpreter: z.boolean().optional(),
    street: z.string().trim().min(1).max(200).nullable().optional(),
    postcode: PostcodeSchema.nullable().optional(),
    city: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .meta({ id: 'ClientUpdate' });
export type ClientUpdate = z.input<typeof ClientUpdateSchema>;

/** What the form knows so far, to look for people already registered before saving. */
export const DuplicateCheckSchema = z
  .strictObject({
    excludeClientId: z.string().max(64).optional(),
    nationalNumber: z.string().trim().max(20).optional(),
    firstName: z.string().trim().max(100).optional(),
    lastName: z.string().trim().max(100).optional(),
    birthDate: IsoDateSchema.optional(),
    street: z.string().trim().max(200).optional(),
    postcode: z.string().trim().max(10).optional(),
  })
  .meta({ id: 'DuplicateCheck' });
export type DuplicateCheck = z.input<typeof DuplicateCheckSchema>;

/** How an answer names a client: the file number, the first and the last name. */
export const clientNameFields = { fileNumber: z.string(), firstName: z.string(), lastName: z.string() };

export const DUPLICATE_MATCHES = ['national_number', 'name_birth_date', 'address'] as const;
export type DuplicateMatch = (typeof DUPLICATE_MATCHES)[number];

export const DuplicateListSchema = z
  .object({
    candidates: z.array(
      z.object({
        id: z.string(),
        ...clientNameFields,
        birthDate: z.string().nullable(),
        street: z.string().nullable(),
        postcode: z.string().nullable(),
        matches: z.array(z.enum(DUPLICATE_MATCHES)),
      }),
    ),
  })
  .meta({ id: 'DuplicateList' });
export type DuplicateList = z.infer<typeof DuplicateListSchema>;

/** A client's full record, as the welfare centre sees it. */
export const ClientSchema = z
  .object({
    id: z.string(),
    ...clientNameFields,
    birthDate: z.string().nullable(),
    nationalNumber: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    preferredLanguage: z.string(),
    needsInterpreter: z.boolean(),
    street: z.string().nullable(),
    postcode: z.string().nullable(),
    city: z.string().nullable(),
    neighbourhood: z.string().nullable(),
    status: TrajectoryStatusSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Client' });
export type Client = z.infer<typeof ClientSchema>;

export const ClientSummarySchema = z
  .object({
    id: z.string(),
    ...clientNameFields,
    phone: z.string().nullable(),
    preferredLanguage: z.string(),
    neighbourhood: z.string().nullable(),
    status: TrajectoryStatusSchema,
  })
  .meta({ id: 'ClientSummary' });
export type ClientSummary = z.infer<typeof ClientSummarySchema>;

/** The centre's colleagues who register clients, to filter the client list by. */
export const SocialWorkerListSchema = listOf(
  z.object({ id: z.string(), name: z.string(), role: z.string() }),
  'SocialWorkerList',
);
export type SocialWorkerList = z.infer<typeof SocialWorkerListSchema>;

export const ClientResponseSchema = answerOf('client', ClientSchema, 'ClientResponse');
export type ClientResponse = z.infer<typeof ClientResponseSchema>;

export const PackageSchema = z
  .object({
    cheques: z.number().int(),
    basicCourse: z.boolean(),
    digibuddy: z.boolean(),
    infoSession: z.boolean(),
  })
  .meta({ id: 'Package' });
export type Package = z.infer<typeof PackageSchema>;
