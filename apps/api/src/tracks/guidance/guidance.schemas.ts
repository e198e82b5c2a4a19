import { z } from 'zod';
import { IsoDateSchema } from '../../ground/shared/shared.schemas';
import { PhoneSchema } from '../../records/clients/clients.schemas';
import type { DigipuntenListSchema } from '../../records/digipunten/digipunten.schemas';

/** The Digipunten a social worker told the client about, by their names in the tenant's directory. */
export const DigipuntInfoSchema = z
  .strictObject({
    names: z
      .array(z.string().trim().min(1).max(200))
      .min(1)
      .max(10)
      .refine((names) => new Set(names).size === names.length, 'names a Digipunt twice'),
  })
  .meta({ id: 'DigipuntInfo' });
export type DigipuntInfo = z.infer<typeof DigipuntInfoSchema>;

export const DigipuntInfoResultSchema = z
  .object({ givenAt: z.string(), names: z.array(z.string()) })
  .meta({ id: 'DigipuntInfoResult' });
export type DigipuntInfoResult = z.infer<typeof DigipuntInfoResultSchema>;

/** The answer of `GET /api/digipunten?near=<clientId>`, as the client page reads it. */
export type NearbyDigipuntenList = z.infer<typeof DigipuntenListSchema>;

export const BuddyFrequencySchema = z.enum(['weekly', 'fortnightly']).meta({ id: 'BuddyFrequency' });

/** A new Digibuddy pairing: who the buddy is and how to reach them (phone, e-mail or both), how often, from when to when. */
export const BuddyPairingCreateSchema = z
  .strictObject({
    buddyName: z.string().trim().min(1).max(200),
    buddyPhone: PhoneSchema.optional(),
    buddyEmail: z.email().max(320).optional(),
    frequency: BuddyFrequencySchema,
    startedOn: IsoDateSchema,
    agreedEndOn: IsoDateSchema,
  })
  .refine((value) => value.buddyPhone !== undefined || value.buddyEmail !== undefined, {
    message: 'Give the buddy a phone number, an e-mail address or both.',
    path: ['buddyPhone'],
  })
  .meta({ id: 'BuddyPairingCreate' });
export type BuddyPairingCreate = z.input<typeof BuddyPairingCreateSchema>;

/** A meeting of the client with their buddy: the day and a short note. */
export const BuddyMeetingCreateSchema = z
  .strictObject({ metOn: IsoDateSchema, note: z.string().trim().min(1).max(1000) })
  .meta({ id: 'BuddyMeetingCreate' });
export type BuddyMeetingCreate = z.input<typeof BuddyMeetingCreateSchema>;

/** The end of a pairing, on the day it ended. */
export const BuddyPairingEndSchema = z
  .strictObject({ endedOn: IsoDateSchema })
  .meta({ id: 'BuddyPairingEnd' });
export type BuddyPairingEnd = z.input<typeof BuddyPairingEndSchema>;

export const BuddyMeetingSchema = z
  .object({ id: z.string(), metOn: z.string(), note: z.string(), recordedBy: z.string().nullable() })
  .meta({ id: 'BuddyMeeting' });
export type BuddyMeeting = z.infer<typeof BuddyMeetingSchema>;

export const BuddyPairingSchema = z
  .object({
    id: z.string(),
    buddyName: z.string(),
    buddyPhone: z.string().nullable(),
    buddyEmail: z.string().nullable(),
    frequency: BuddyFrequencySchema,
    status: z.enum(['active', 'ended']),
    startedOn: z.string(),
    agreedEndOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    meetings: z.array(BuddyMeetingSchema),
  })
  .meta({ id: 'BuddyPairing' });
export type BuddyPairing = z.infer<typeof BuddyPairingSchema>;

/** A client's Digibuddy pairings, newest first, and whether their programme offers one at all. */
export const BuddyPairingListSchema = z
  .object({ offered: z.boolean(), pairings: z.array(BuddyPairingSchema) })
  .meta({ id: 'BuddyPairingList' });
export type BuddyPairingList = z.infer<typeof BuddyPairingListSchema>;
