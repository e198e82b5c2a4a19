import { INFO_TRACK_STATES } from '@digipakket/domain';
import { z } from 'zod';
import { answerOf } from '../../ground/shared/shared.schemas';
import { clientNameFields } from '../../records/clients/clients.schemas';
import { INFO_MOMENT_ATTENDANCE } from './info-moments.tables';

/** Planning an info moment: when, where, in which language and for how many clients. */
export const InfoMomentCreateSchema = z
  .strictObject({
    startsAt: z.iso.datetime({ offset: true }),
    place: z.string().trim().min(1).max(200),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .meta({ example: 'nl' }),
    capacity: z.number().int().min(1).max(500),
  })
  .meta({ id: 'InfoMomentCreate' });
export type InfoMomentCreate = z.infer<typeof InfoMomentCreateSchema>;

export const InfoMomentAttendanceSchema = z.enum(INFO_MOMENT_ATTENDANCE).meta({ id: 'InfoMomentAttendance' });

/** When and where a moment is held, and in which language. */
const momentPlaceFields = { startsAt: z.string(), place: z.string(), language: z.string() };

/** An info moment with how many clients were invited and how many came. */
export const InfoMomentSchema = z
  .object({
    id: z.string(),
    ...momentPlaceFields,
    capacity: z.number().int(),
    invited: z.number().int(),
    attended: z.number().int(),
  })
  .meta({ id: 'InfoMoment' });
export type InfoMoment = z.infer<typeof InfoMomentSchema>;

export const InfoMomentListSchema = answerOf('moments', z.array(InfoMomentSchema), 'InfoMomentList');
export type InfoMomentList = z.infer<typeof InfoMomentListSchema>;

/** A client invited to a moment, and whether they came. */
export const InfoMomentInvitationSchema = z
  .object({
    clientId: z.string(),
    ...clientNameFields,
    preferredLanguage: z.string(),
    attendance: InfoMomentAttendanceSchema,
    invitedAt: z.string(),
    recordedAt: z.string().nullable(),
  })
  .meta({ id: 'InfoMomentInvitation' });
export type InfoMomentInvitation = z.infer<typeof InfoMomentInvitationSchema>;

export const InfoMomentDetailSchema = z
  .object({ moment: InfoMomentSchema, invitations: z.array(InfoMomentInvitationSchema) })
  .meta({ id: 'InfoMomentDetail' });
export type InfoMomentDetail = z.infer<typeof InfoMomentDetailSchema>;

/** A client who may still be invited: their package includes the info part and they did not get it yet. */
export const InfoMomentEligibleClientSchema = z
  .object({
    id: z.string(),
    ...clientNameFields,
    preferredLanguage: z.string(),
  })
  .meta({ id: 'InfoMomentEligibleClient' });

export const InfoMomentEligibleListSchema = answerOf(
  'clients',
  z.array(InfoMomentEligibleClientSchema),
  'InfoMomentEligibleList',
);
export type InfoMomentEligibleList = z.infer<typeof InfoMomentEligibleListSchema>;

export const InfoMomentInviteSchema = z
  .strictObject({ clientIds: z.array(z.string().max(64)).min(1).max(100) })
  .meta({ id: 'InfoMomentInvite' });
export type InfoMomentInvite = z.infer<typeof InfoMomentInviteSchema>;

export const InfoMomentAttendanceRecordSchema = z
  .strictObject({ attendance: z.enum(['attended', 'absent']) })
  .meta({ id: 'InfoMomentAttendanceRecord' });
export type InfoMomentAttendanceRecord = z.infer<typeof InfoMomentAttendanceRecordSchema>;

/** The info part of one client's package: its state, the moments they were invited to, and how it was given. */
export const ClientInfoMomentsSchema = z
  .object({
    state: z.enum(INFO_TRACK_STATES),
    givenAt: z.string().nullable(),
    /** Given one to one rather than at a moment. */
    oneToOne: z.boolean(),
    invitations: z.array(
      z.object({
        momentId: z.string(),
        ...momentPlaceFields,
        attendance: InfoMomentAttendanceSchema,
      }),
    ),
  })
  .meta({ id: 'ClientInfoMoments' });
export type ClientInfoMoments = z.infer<typeof ClientInfoMomentsSchema>;
