import { z } from 'zod';
import { PaginationQuerySchema, pageOf, TrajectoryStatusSchema } from '../../ground/shared/shared.schemas';
import { ClientSchema, ClientSummarySchema, PackageSchema } from '../../records/clients/clients.schemas';
import { SignalKindSchema } from '../../tracks/signals/signals.schemas';

/** What the client list can be narrowed to: each filter is an id or a code, never client data. */
export const ClientListQuerySchema = PaginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  status: TrajectoryStatusSchema.optional(),
  waveId: z.string().max(64).optional(),
  /** Clients with an open or snoozed signal of this kind, or of any kind. */
  signal: z.union([SignalKindSchema, z.literal('any')]).optional(),
  /** Clients registered by this social worker. */
  socialWorkerId: z.string().max(64).optional(),
  /** `1`: the clients the caller registered. */
  mine: z.enum(['0', '1']).optional(),
});
export type ClientListQuery = z.input<typeof ClientListQuerySchema>;

export const ClientListSchema = pageOf(ClientSummarySchema, 'ClientList');
export type ClientList = z.infer<typeof ClientListSchema>;

const nullableInstant = z.string().nullable();

/** One thing that happened in a client's trajectory, with who did it and for which organisation. */
export const TimelineEntrySchema = z
  .object({
    at: z.string(),
    kind: z.string().meta({ example: 'device.handed_out' }),
    actorName: z.string().nullable(),
    organisationName: z.string().nullable(),
    detail: z.string().nullable(),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** The whole trajectory of a client on one page: status, every track, the timeline and open signals. */
export const ClientOverviewSchema = z
  .object({
    client: ClientSchema,
    status: TrajectoryStatusSchema,
    pendingTracks: z.array(z.string()),
    closureReason: z.string().nullable(),
    intake: z
      .object({
        id: z.string(),
        decision: z.enum(['draft', 'approved', 'rejected']),
        purposes: z.array(z.string()),
        skillLevel: z.string().nullable(),
        eligible: z.boolean().nullable(),
        reasons: z.array(z.string()),
        overrideReason: z.string().nullable(),
        package: PackageSchema.nullable(),
        packageChangeReason: z.string().nullable(),
        waveName: z.string().nullable(),
        decidedAt: nullableInstant,
        decidedBy: z.string().nullable(),
        updatedAt: z.string(),
      })
      .nullable(),
    device: z
      .object({
        id: z.string(),
        serial: z.string(),
        model: z.string(),
        status: z.string(),
        reservedAt: nullableInstant,
        handedOutAt: nullableInstant,
        pickupAt: nullableInstant,
        signatureMethod: z.enum(['paper', 'screen']).nullable(),
      })
      .nullable(),
    cheques: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        purpose: z.enum(['installation', 'free']),
        status: z.string(),
        validUntil: z.string(),
        issuedAt: z.string(),
        appointmentAt: nullableInstant,
        cancelledReason: z.string().nullable(),
        visit: z
          .object({
            visitedOn: z.string(),
            minutes: z.number().int(),
            topics: z.array(z.string()),
            studentName: z.string().nullable(),
            needsFollowUp: z.boolean(),
          })
          .nullable(),
      }),
    ),
    training: z.object({
      enrolments: z.array(
        z.object({
          id: z.string(),
          groupName: z.string(),
          status: z.enum(['enrolled', 'waitlisted', 'withdrawn']),
          position: z.number().int().nullable(),
          enrolledAt: z.string(),
        }),
      ),
      sessionsAttended: z.number().int(),
      completed: z.boolean(),
      referralDecided: z.boolean(),
    }),
    guidance: z.object({
      digipuntInfoGivenAt: nullableInstant,
      digipuntenTold: z.array(z.string()),
      infoSessionAttendedAt: nullableInstant,
      buddy: z.object({ name: z.string(), status: z.string(), startedOn: z.string() }).nullable(),
    }),
    timeline: z.array(TimelineEntrySchema),
    signals: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        severity: z.string(),
        status: z.string(),
        dueAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'ClientOverview' });
export type ClientOverview = z.infer<typeof ClientOverviewSchema>;
