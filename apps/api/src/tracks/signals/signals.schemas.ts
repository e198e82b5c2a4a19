import { ORG_KINDS, SIGNAL_OWNERS, SIGNAL_SEVERITIES } from '@digipakket/domain';
import { z } from 'zod';
import {
  answerOf,
  IsoDateSchema,
  PaginationQuerySchema,
  PortalSchema,
  pageOf,
  textBodyOf,
} from '../../ground/shared/shared.schemas';

const SIGNAL_KINDS = Object.keys(SIGNAL_OWNERS) as [
  keyof typeof SIGNAL_OWNERS,
  ...(keyof typeof SIGNAL_OWNERS)[],
];

/** One kind of follow-up signal, e.g. `device.pickup_overdue`. */
export const SignalKindSchema = z.enum(SIGNAL_KINDS).meta({ id: 'SignalKind' });

export const SignalListQuerySchema = PaginationQuerySchema.extend({
  mine: z.enum(['0', '1']).optional(),
  status: z.enum(['open', 'snoozed']).default('open'),
  kind: SignalKindSchema.optional(),
  owner: z.enum(ORG_KINDS).optional(),
  waveId: z.string().max(64).optional(),
  programmeId: z.string().max(64).optional(),
});
export type SignalListQuery = z.input<typeof SignalListQuerySchema>;

/** A follow-up signal as a list shows it: what, for whom, who acts, by when and where to act. */
export const SignalItemSchema = z
  .object({
    id: z.string(),
    kind: SignalKindSchema,
    owner: z.enum(ORG_KINDS),
    ownerOrganisation: z.object({ id: z.string(), name: z.string() }),
    /** The welfare centre the client belongs to: a partner serves several. */
    tenant: z.object({ id: z.string(), name: z.string() }),
    severity: z.enum(SIGNAL_SEVERITIES),
    status: z.enum(['open', 'snoozed']),
    dueAt: z.string(),
    snoozedUntil: z.string().nullable(),
    snoozeReason: z.string().nullable(),
    client: z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      fileNumber: z.string().nullable(),
    }),
    action: z.object({ portal: PortalSchema, path: z.string() }).meta({
      description:
        "Where the viewer acts, as a path in its portal: the client's page for a welfare centre; for home help the queue narrowed to the cheque (`/?cheque=<id>`) or the planned visit (`/visits/<chequeId>`); for training the course group (`/groups/<id>`).",
    }),
  })
  .meta({ id: 'SignalItem' });
export type SignalItem = z.infer<typeof SignalItemSchema>;

export const SignalListSchema = pageOf(SignalItemSchema, 'SignalList');
export type SignalList = z.infer<typeof SignalListSchema>;

export const SignalSnoozeSchema = z
  .strictObject({
    until: IsoDateSchema,
    reason: z.string().trim().min(3).max(500),
  })
  .meta({ id: 'SignalSnooze' });
export type SignalSnooze = z.infer<typeof SignalSnoozeSchema>;

export const SignalResolveSchema = textBodyOf('note', { min: 3, max: 500 }, 'SignalResolve');
export type SignalResolve = z.infer<typeof SignalResolveSchema>;

export const SignalResponseSchema = answerOf('signal', SignalItemSchema, 'SignalResponse');
export type SignalResponse = z.infer<typeof SignalResponseSchema>;
