import { CLIENT_LANGUAGE_CODES, type ClientLanguage } from '@digipakket/domain';
import { z } from 'zod';
import { IsoDateSchema, PaginationQuerySchema, TrajectoryStatusSchema } from '../shared/shared.schemas';

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

/** A Belgian postcode: four digits, not starting with 0. */
export const PostcodeSchema = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{3}$/, 'A Belgian postcode has 4 digits.');

/** Loose on purpose: digits, spaces, +, / . ( ) -, and at least 9 digits. */
export const PhoneSchema = z
  .string()
  .trim()
  .max(30)
  .regex(/^\+?[0-9 ./()-]+$/, 'Use digits, spaces and an optional leading +.')
  .refine((value) => value.replace(/[^0-9]/g, '').length >= 9, 'A phone number has at least 9 digits.');

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
    phone: PhoneSchema.optional(),
    email: z.email().max(320).optional(),
    preferredLanguage: ClientLanguageSchema,
    street: optionalText(200),
    postcode: PostcodeSchema.optional(),
    city: optionalText(100),
  })
  .meta({ id: 'ClientCreate' });
export type ClientCreate = z.input<typeof ClientCreateSchema>;

/** A client's full record, as the welfare centre sees it. */
export const ClientSchema = z
  .object({
    id: z.string(),
    fileNumber: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string().nullable(),
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
    fileNumber: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    phone: z.string().nullable(),
    preferredLanguage: z.string(),
    neighbourhood: z.string().nullable(),
    status: TrajectoryStatusSchema,
  })
  .meta({ id: 'ClientSummary' });
export type ClientSummary = z.infer<typeof ClientSummarySchema>;

export const ClientListQuerySchema = PaginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
});
export type ClientListQuery = z.input<typeof ClientListQuerySchema>;

export const ClientListSchema = z
  .object({ items: z.array(ClientSummarySchema), total: z.number().int() })
  .meta({ id: 'ClientList' });
export type ClientList = z.infer<typeof ClientListSchema>;

export const ClientResponseSchema = z.object({ client: ClientSchema }).meta({ id: 'ClientResponse' });
export type ClientResponse = z.infer<typeof ClientResponseSchema>;
