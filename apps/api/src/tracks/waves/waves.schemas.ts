import { z } from 'zod';
import { IsoDateSchema, listOf } from '../../ground/shared/shared.schemas';
import { clientNameFields } from '../../records/clients/clients.schemas';

const CapacitySchema = z.strictObject({
  laptops: z.number().int().min(0).max(100_000),
  chequeHours: z.number().min(0).max(1_000_000),
  trainingSeats: z.number().int().min(0).max(100_000),
});
const CapacityOutSchema = z.object({
  laptops: z.number(),
  chequeHours: z.number(),
  trainingSeats: z.number(),
});

export const WaveCreateSchema = z
  .strictObject({
    programmeId: z.string().max(64),
    name: z.string().trim().min(1).max(100),
    pickupFrom: IsoDateSchema,
    pickupUntil: IsoDateSchema,
    capacity: CapacitySchema,
    /** Plan it even though it goes beyond stock or seats (after the warning). */
    acceptOverflow: z.boolean().default(false),
  })
  .meta({ id: 'WaveCreate' });
export type WaveCreate = z.input<typeof WaveCreateSchema>;

export const WaveAddClientsSchema = z
  .strictObject({
    clientIds: z.array(z.string().max(64)).min(1).max(500),
    acceptOverflow: z.boolean().default(false),
  })
  .meta({ id: 'WaveAddClients' });
export type WaveAddClients = z.input<typeof WaveAddClientsSchema>;

const OverflowSchema = z.object({
  code: z.literal('wave.capacity_exceeded'),
  capacity: z.enum(['laptops', 'chequeHours', 'trainingSeats']),
  limit: z.number(),
  needed: z.number(),
  overflowBy: z.number(),
});

/** A wave set against what it needs and what there is. */
export const WavePlanSchema = z
  .object({
    wave: z.object({
      id: z.string(),
      programmeId: z.string(),
      name: z.string(),
      pickupFrom: z.string(),
      pickupUntil: z.string(),
      capacity: CapacityOutSchema,
    }),
    clients: z.number().int(),
    /** What the packages of the wave's clients need. */
    committed: CapacityOutSchema,
    /**
     * Laptops in stock not promised to another wave, home-help hours of the partner's agreement not
     * held by overlapping waves (null when the programme records no agreement), and free seats in the
     * training partner's basic groups.
     */
    available: z.object({
      laptops: z.number(),
      chequeHours: z.number().nullable(),
      trainingSeats: z.number(),
    }),
    /** The wave's clients need more than the wave holds. */
    overCapacity: z.array(OverflowSchema),
    /** The wave holds more than there is in stock or in seats. */
    beyondResources: z.array(OverflowSchema),
  })
  .meta({ id: 'WavePlan' });
export type WavePlan = z.infer<typeof WavePlanSchema>;

export const WaveCandidatesSchema = listOf(
  z.object({
    clientId: z.string(),
    ...clientNameFields,
    package: z.object({ laptop: z.boolean(), cheques: z.number(), basicCourse: z.boolean() }),
  }),
  'WaveCandidates',
);
export type WaveCandidates = z.infer<typeof WaveCandidatesSchema>;
