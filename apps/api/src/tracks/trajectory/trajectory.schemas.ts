import { TRAJECTORY_END_REASONS } from '@digipakket/domain';
import { z } from 'zod';
import { textBodyOf } from '../../ground/shared/shared.schemas';

/** Completing a trajectory: a short summary, needed while a part of the package is still open. */
export const TrajectoryCompleteSchema = z
  .strictObject({ summary: z.string().trim().max(2000).optional() })
  .meta({ id: 'TrajectoryComplete' });
export type TrajectoryComplete = z.infer<typeof TrajectoryCompleteSchema>;

export const TrajectoryEndReasonSchema = z.enum(TRAJECTORY_END_REASONS).meta({ id: 'TrajectoryEndReason' });

/** Ending a trajectory early: a reason from the list and a note. */
export const TrajectoryEndSchema = z
  .strictObject({ reason: TrajectoryEndReasonSchema, note: z.string().trim().min(1).max(2000) })
  .meta({ id: 'TrajectoryEnd' });
export type TrajectoryEnd = z.infer<typeof TrajectoryEndSchema>;

/** Reopening a closed trajectory: why. */
export const TrajectoryReopenSchema = textBodyOf('reason', { min: 1, max: 2000 }, 'TrajectoryReopen');
export type TrajectoryReopen = z.infer<typeof TrajectoryReopenSchema>;

/** One completion, early end or reopening, as the client page shows it. */
export const TrajectoryEventSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['completed', 'dropped_out', 'closed', 'reopened']),
    reason: TrajectoryEndReasonSchema.nullable(),
    note: z.string(),
    at: z.string(),
    actorName: z.string().nullable(),
  })
  .meta({ id: 'TrajectoryEvent' });
export type TrajectoryEvent = z.infer<typeof TrajectoryEventSchema>;

export const TrajectoryClosureResultSchema = z
  .object({
    status: z.string(),
    event: TrajectoryEventSchema,
  })
  .meta({ id: 'TrajectoryClosureResult' });
export type TrajectoryClosureResult = z.infer<typeof TrajectoryClosureResultSchema>;
