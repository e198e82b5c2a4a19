import { z } from 'zod';
import type { DigipuntenListSchema } from '../digipunten/digipunten.schemas';

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
