import { z } from 'zod';
import { answerOf } from '../../ground/shared/shared.schemas';

/**
 * What a partner noted about a client, as the welfare centre reads it in the client file: a home
 * visit (topics, note, follow-up reason), a no-show, an attendance mark with the teacher's note, a
 * moved or cancelled lesson. `anchor` is the element id the client page gives it; an open follow-up
 * signal about it is named in `signalIds`, so the signal opens on it.
 */
export const ObservationSchema = z
  .object({
    anchor: z.string(),
    kind: z.enum(['visit', 'no_show', 'attendance', 'session_moved', 'session_cancelled']),
    at: z.string(),
    organisationName: z.string().nullable(),
    actorName: z.string().nullable(),
    /** The cheque's code for home help, the group's name for training. */
    subject: z.string(),
    /** For a visit: minutes; for an attendance mark: `present`, `late`, `excused` or `absent`. */
    minutes: z.number().int().nullable(),
    attendance: z.enum(['present', 'late', 'excused', 'absent']).nullable(),
    topics: z.array(z.string()),
    note: z.string().nullable(),
    needsFollowUp: z.boolean(),
    followUpReason: z.string().nullable(),
    /** For a moved lesson: the day it was planned on; the new day is `at`. */
    previousDate: z.string().nullable(),
    signalIds: z.array(z.string()),
  })
  .meta({ id: 'Observation' });
export type Observation = z.infer<typeof ObservationSchema>;

export const ObservationListSchema = answerOf('observations', z.array(ObservationSchema), 'ObservationList');
export type ObservationList = z.infer<typeof ObservationListSchema>;
