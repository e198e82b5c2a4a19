import { SKILL_LEVELS } from '@digipakket/domain';
import { z } from 'zod';
import { answerOf, listOf } from '../../ground/shared/shared.schemas';
import { invitationAnswer, partnerInviteFields } from '../../records/users/users.schemas';

/** The client as a student visiting them needs to know them: name, address, phone and language. */
const visitedClientFields = {
  clientName: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string(),
  needsInterpreter: z.boolean(),
};

/** One scheduled home-help visit, with only what the student needs to go there. */
export const VisitSummarySchema = z
  .object({
    chequeId: z.string(),
    appointmentAt: z.string().meta({ description: 'ISO 8601 instant', example: '2025-03-14T09:00:00.000Z' }),
    ...visitedClientFields,
    purpose: z.enum(['installation', 'free']),
    skillLevel: z.enum(SKILL_LEVELS).nullable(),
  })
  .meta({ id: 'VisitSummary' });
export type VisitSummary = z.infer<typeof VisitSummarySchema>;

export const VisitListSchema = listOf(VisitSummarySchema, 'VisitList');
export type VisitList = z.infer<typeof VisitListSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A cheque's code as the student types or scans it. */
const chequeCode = z
  .string()
  .min(1)
  .max(40)
  .meta({ description: 'As printed or scanned', example: 'K7QM-3XRT-9PH' });

/** What a student sends to redeem a cheque and log the visit in one go. */
export const RedeemRequestSchema = z
  .strictObject({
    code: chequeCode,
    minutes: z.number().int().min(0).max(1440),
    topics: z.array(z.string().max(40)).max(20),
    notes: z.string().max(4000).optional(),
    needsFollowUp: z.boolean(),
    followUpReason: z.string().max(1000).optional(),
    visitedOn: isoDate.meta({ description: 'Calendar day of the visit', example: '2025-03-12' }),
  })
  .meta({ id: 'RedeemRequest' });
export type RedeemRequest = z.infer<typeof RedeemRequestSchema>;

/** A code to check before the visit is written down. */
export const CodeCheckRequestSchema = z
  .strictObject({
    code: chequeCode,
  })
  .meta({ id: 'CodeCheckRequest' });
export type CodeCheckRequest = z.infer<typeof CodeCheckRequestSchema>;

/** A code that can be redeemed now, with what the student needs to know before the visit. */
export const CodeCheckSchema = z
  .object({
    redeemable: z.literal(true),
    purpose: z.enum(['installation', 'free']),
    validUntil: z.string().meta({ description: 'Last day the cheque is valid', example: '2026-03-31' }),
    plannedWithYou: z.boolean().meta({ description: 'Whether the coordinator planned this visit with you' }),
  })
  .meta({ id: 'CodeCheck' });
export type CodeCheck = z.infer<typeof CodeCheckSchema>;

/** The logged visit of a redeemed cheque. */
export const VisitRecordSchema = z
  .object({
    id: z.string(),
    visitedOn: z.string(),
    minutes: z.number().int(),
    topics: z.array(z.string()),
    notes: z.string().nullable(),
    needsFollowUp: z.boolean(),
    followUpReason: z.string().nullable(),
    studentName: z.string(),
  })
  .meta({ id: 'VisitRecord' });
export type VisitRecordView = z.infer<typeof VisitRecordSchema>;

/** One cheque seen from the home-help side: what a visit needs, and the visit once logged. */
export const VisitDetailSchema = z
  .object({
    chequeId: z.string(),
    /** The client, for what the student records about them beyond the visit (the end outcome round). */
    clientId: z.string(),
    status: z.enum(['issued', 'requested', 'scheduled', 'redeemed', 'expired', 'cancelled']),
    purpose: z.enum(['installation', 'free']),
    appointmentAt: z.string().nullable(),
    validUntil: z.string(),
    tenantName: z.string(),
    studentName: z.string().nullable(),
    ...visitedClientFields,
    skillLevel: z.enum(SKILL_LEVELS).nullable(),
    visit: VisitRecordSchema.nullable(),
  })
  .meta({ id: 'VisitDetail' });
export type VisitDetail = z.infer<typeof VisitDetailSchema>;

export const VisitDetailResponseSchema = answerOf('visit', VisitDetailSchema, 'VisitDetailResponse');
export type VisitDetailResponse = z.infer<typeof VisitDetailResponseSchema>;

/** Filters of the coordinator's queue. */
export const QueueQuerySchema = z.strictObject({
  tenantId: z.string().max(64).optional(),
  neighbourhood: z.string().max(100).optional(),
  language: z.string().max(10).optional(),
  purpose: z.enum(['installation', 'free']).optional(),
  /** One cheque only, e.g. from a follow-up signal. */
  chequeId: z.string().max(64).optional(),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

/** A cheque waiting for a visit, oldest first. */
export const QueueItemSchema = z
  .object({
    chequeId: z.string(),
    status: z.enum(['issued', 'requested']),
    purpose: z.enum(['installation', 'free']),
    tenantId: z.string(),
    tenantName: z.string(),
    clientName: z.string(),
    neighbourhood: z.string().nullable(),
    phone: z.string().nullable().meta({ description: 'To call the client and agree on a time' }),
    language: z.string(),
    needsInterpreter: z.boolean(),
    waitingSince: z.string(),
    daysWaiting: z.number().int(),
    validUntil: z.string(),
  })
  .meta({ id: 'QueueItem' });
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const QueueSchema = z
  .object({
    items: z.array(QueueItemSchema),
    tenants: z.array(z.object({ id: z.string(), name: z.string() })),
    /** The neighbourhoods of the waiting clients, for the neighbourhood filter. */
    neighbourhoods: z.array(z.string()),
    scheduled: z.array(
      VisitSummarySchema.extend({ studentId: z.string().nullable(), studentName: z.string().nullable() }),
    ),
  })
  .meta({ id: 'VisitQueue' });
export type VisitQueue = z.infer<typeof QueueSchema>;

export const AssignRequestSchema = z
  .strictObject({
    studentId: z.string().min(1).max(64),
    appointmentAt: z.iso.datetime({ offset: true }),
    confirmClash: z.boolean().optional().meta({
      description: 'Plan anyway after a 409 `visit.clash` warning about the same student',
    }),
  })
  .meta({ id: 'AssignRequest' });
export type AssignRequest = z.infer<typeof AssignRequestSchema>;

/** Another visit of the same student that leaves too little time for the proposed one. */
export const VisitClashSchema = z
  .object({
    chequeId: z.string(),
    clientName: z.string(),
    appointmentAt: z.string(),
    kind: z.enum(['overlap', 'travel']),
    gapMinutes: z
      .number()
      .int()
      .meta({ description: 'Between the end of one visit and the start of the next' }),
    neededMinutes: z.number().int().meta({ description: 'Travel time between the two homes' }),
  })
  .meta({ id: 'VisitClash' });
export type VisitClashView = z.infer<typeof VisitClashSchema>;

export const NoShowRequestSchema = z
  .strictObject({ note: z.string().max(500).optional() })
  .meta({ id: 'NoShowRequest' });
export type NoShowRequest = z.infer<typeof NoShowRequestSchema>;

export const StudentSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    active: z.boolean(),
    upcomingVisits: z.number().int(),
  })
  .meta({ id: 'Student' });
export type Student = z.infer<typeof StudentSchema>;

export const StudentListSchema = listOf(StudentSchema, 'StudentList');
export type StudentList = z.infer<typeof StudentListSchema>;

export const StudentInviteSchema = z.strictObject(partnerInviteFields).meta({ id: 'StudentInvite' });
export type StudentInvite = z.input<typeof StudentInviteSchema>;

export const StudentInvitedSchema = invitationAnswer('student', StudentSchema, 'StudentInvited');
export type StudentInvited = z.infer<typeof StudentInvitedSchema>;
