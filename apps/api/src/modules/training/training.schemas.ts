import { z } from 'zod';

/** One upcoming session of a course group. */
export const SessionSummarySchema = z
  .object({
    id: z.string(),
    groupId: z.string(),
    groupName: z.string(),
    date: z.string().meta({ example: '2025-03-14' }),
    startTime: z.string().meta({ example: '09:00' }),
    endTime: z.string().meta({ example: '12:00' }),
    locationName: z.string().nullable(),
    enrolledCount: z.number().int(),
  })
  .meta({ id: 'SessionSummary' });
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const SessionListSchema = z
  .object({ items: z.array(SessionSummarySchema) })
  .meta({ id: 'SessionList' });
export type SessionList = z.infer<typeof SessionListSchema>;
