import { z } from 'zod';

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    migrations: z.object({ applied: z.number().int(), latest: z.string().nullable() }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;
