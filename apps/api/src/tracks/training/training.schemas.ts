import { WITHDRAWAL_REASONS, type WithdrawalReason } from '@digipakket/domain';
import { z } from 'zod';
import { answerOf, listOf, textBodyOf } from '../../ground/shared/shared.schemas';
import { invitationAnswer, partnerInviteFields } from '../../records/users/users.schemas';

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

export const SessionListSchema = listOf(SessionSummarySchema, 'SessionList');
export type SessionList = z.infer<typeof SessionListSchema>;

/** A group's seats: how many there are, how many are taken and how many learners wait for one. */
const seatFields = {
  capacity: z.number().int(),
  enrolledCount: z.number().int(),
  waitlistCount: z.number().int(),
};

/** A course group a welfare centre can enrol its clients in, with its seats. */
export const OpenGroupSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    locationName: z.string().nullable(),
    firstSessionDate: z.string().nullable().meta({ example: '2025-03-26' }),
    /** The languages the group supports besides its teaching language (empty: not stated). */
    languageSupport: z.array(z.string()),
    /** True once the first session is past: joining now means missing lessons. */
    started: z.boolean(),
    ...seatFields,
  })
  .meta({ id: 'OpenGroup' });
export type OpenGroup = z.infer<typeof OpenGroupSchema>;

export const OpenGroupListSchema = listOf(OpenGroupSchema, 'OpenGroupList');
export type OpenGroupList = z.infer<typeof OpenGroupListSchema>;

export const EnrolmentCreateSchema = z
  .strictObject({
    clientId: z.string().min(1).max(64),
    groupId: z.string().min(1).max(64),
    /** Enrol although the group does not support the client's language (else 409 `enrolment.language_not_served`). */
    confirmLanguageMismatch: z.boolean().optional(),
  })
  .meta({ id: 'EnrolmentCreate' });

export const OpenGroupsQuerySchema = z.object({
  /** Also list groups whose first session is past. */
  includeStarted: z.enum(['true', 'false']).optional(),
});
export type EnrolmentCreate = z.infer<typeof EnrolmentCreateSchema>;

/** Where a client stands in a group: `position` is the place in the waitlist (1 = next), else null. */
const groupPlaceFields = {
  status: z.enum(['enrolled', 'waitlisted', 'withdrawn']),
  position: z.number().int().nullable(),
};

export const EnrolmentResultSchema = z
  .object({ id: z.string(), ...groupPlaceFields })
  .meta({ id: 'EnrolmentResult' });
export type EnrolmentResult = z.infer<typeof EnrolmentResultSchema>;

export const EnrolmentResponseSchema = answerOf('enrolment', EnrolmentResultSchema, 'EnrolmentResponse');
export type EnrolmentResponse = z.infer<typeof EnrolmentResponseSchema>;

/** Why a learner leaves a group (the domain's list); `other` needs a note in the withdrawer's words. */
export { WITHDRAWAL_REASONS, type WithdrawalReason };

export const WithdrawSchema = z
  .strictObject({
    reason: z.enum(WITHDRAWAL_REASONS),
    note: z.string().trim().max(500).optional(),
  })
  .refine((body) => body.reason !== 'other' || (body.note ?? '').length > 0, {
    path: ['note'],
    message: 'Say why when the reason is "other".',
  })
  .meta({ id: 'Withdraw' });
export type WithdrawInput = z.infer<typeof WithdrawSchema>;

/** Why and when a learner left the group. */
export const WithdrawalSchema = z
  .object({ reason: z.enum(WITHDRAWAL_REASONS).nullable(), note: z.string().nullable(), at: z.string() })
  .meta({ id: 'Withdrawal' });
export type Withdrawal = z.infer<typeof WithdrawalSchema>;

export const WithdrawResponseSchema = z
  .object({
    enrolment: EnrolmentResultSchema,
    promoted: z
      .array(z.object({ id: z.string() }))
      .meta({ description: 'Enrolments moved up from the waitlist.' }),
  })
  .meta({ id: 'WithdrawResponse' });
export type WithdrawResponse = z.infer<typeof WithdrawResponseSchema>;

export const AttendanceStatusSchema = z
  .enum(['present', 'late', 'excused', 'absent'])
  .meta({ id: 'AttendanceStatus' });
export type AttendanceStatusValue = z.infer<typeof AttendanceStatusSchema>;

/** When a session is held: its day and its start and end times. */
const sessionTimeFields = { date: z.string(), startTime: z.string(), endTime: z.string() };

/** The session an attendance list belongs to; `editable` says whether marks can still be set or corrected. */
export const AttendanceSessionSchema = z
  .object({
    id: z.string(),
    groupId: z.string(),
    groupName: z.string(),
    ...sessionTimeFields,
    locationName: z.string().nullable(),
    cancelled: z.boolean(),
    editableFrom: z.string().meta({ description: 'First day marks can be set (the session day).' }),
    editableUntil: z.string().meta({ description: 'Last day marks can be set or corrected.' }),
    editable: z.boolean(),
  })
  .meta({ id: 'AttendanceSession' });
export type AttendanceSession = z.infer<typeof AttendanceSessionSchema>;

/** Who a learner is, as teaching needs to know them. */
const learnerFields = {
  firstName: z.string(),
  lastName: z.string(),
  preferredLanguage: z.string(),
  skillLevel: z.enum(['none', 'basic', 'independent']).nullable(),
};

/** A learner's attendance mark at one session, with its note and when it was set (all null: not marked). */
const attendanceMarkFields = {
  status: AttendanceStatusSchema.nullable(),
  note: z.string().nullable(),
  markedAt: z.string().nullable(),
};

/** One learner on an attendance list: only what teaching needs (the phone only for the coordinator). */
export const AttendanceLearnerSchema = z
  .object({
    enrolmentId: z.string(),
    /** The client, for what the teacher records about them beyond attendance (the end outcome round). */
    clientId: z.string(),
    ...learnerFields,
    phone: z.string().nullable().optional(),
    ...attendanceMarkFields,
    progressNote: z.string().nullable(),
  })
  .meta({ id: 'AttendanceLearner' });
export type AttendanceLearner = z.infer<typeof AttendanceLearnerSchema>;

export const AttendanceListSchema = z
  .object({ session: AttendanceSessionSchema, learners: z.array(AttendanceLearnerSchema) })
  .meta({ id: 'AttendanceList' });
export type AttendanceList = z.infer<typeof AttendanceListSchema>;

export const AttendanceMarkSchema = z
  .strictObject({
    status: AttendanceStatusSchema.nullable().meta({
      description: '`null` clears a wrong mark (and its note), within the same window as a correction.',
    }),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .meta({ id: 'AttendanceMark' });
export type AttendanceMarkInput = z.infer<typeof AttendanceMarkSchema>;

export const AttendanceMarkResponseSchema = answerOf(
  'attendance',
  z.object({ enrolmentId: z.string(), ...attendanceMarkFields, corrected: z.boolean() }),
  'AttendanceMarkResponse',
);
export type AttendanceMarkResponse = z.infer<typeof AttendanceMarkResponseSchema>;

export const ProgressNoteSchema = textBodyOf('note', { min: 1, max: 2000 }, 'ProgressNote');
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;

export const SessionRangeQuerySchema = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM.');

/** Where the training partner teaches, with what a learner needs to get there. */
export const LocationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    street: z.string().nullable(),
    postcode: z.string().nullable(),
    city: z.string().nullable(),
    accessibility: z.string().nullable(),
    directions: z.string().nullable(),
  })
  .meta({ id: 'Location' });
export type Location = z.infer<typeof LocationSchema>;

export const LocationInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    street: optionalText(200),
    postcode: optionalText(10),
    city: optionalText(100),
    accessibility: optionalText(1000),
    directions: optionalText(1000),
  })
  .meta({ id: 'LocationInput' });
export type LocationInput = z.infer<typeof LocationInputSchema>;

export const LocationListSchema = listOf(LocationSchema, 'LocationList');
export type LocationList = z.infer<typeof LocationListSchema>;

export const TeacherSchema = z
  .object({ id: z.string(), displayName: z.string(), email: z.string(), active: z.boolean() })
  .meta({ id: 'Teacher' });
export type Teacher = z.infer<typeof TeacherSchema>;

export const TeacherListSchema = listOf(TeacherSchema, 'TeacherList');
export type TeacherList = z.infer<typeof TeacherListSchema>;

export const TeacherInviteSchema = z.strictObject(partnerInviteFields).meta({ id: 'TeacherInvite' });
export type TeacherInvite = z.input<typeof TeacherInviteSchema>;

export const TeacherInviteResponseSchema = invitationAnswer(
  'teacher',
  TeacherSchema,
  'TeacherInviteResponse',
);
export type TeacherInviteResponse = z.infer<typeof TeacherInviteResponseSchema>;

/** A programme (of a welfare centre) that works with this training partner, with its course rules. */
export const TrainingProgrammeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    tenantName: z.string(),
    basicSessions: z.number().int(),
    sessionsToComplete: z.number().int(),
  })
  .meta({ id: 'TrainingProgramme' });
export type TrainingProgramme = z.infer<typeof TrainingProgrammeSchema>;

export const TrainingProgrammeListSchema = listOf(TrainingProgrammeSchema, 'TrainingProgrammeList');
export type TrainingProgrammeList = z.infer<typeof TrainingProgrammeListSchema>;

export const GroupSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    programmeId: z.string().nullable(),
    programmeName: z.string().nullable(),
    basicSessions: z.number().int(),
    locationId: z.string().nullable(),
    locationName: z.string().nullable(),
    teacherUserId: z.string().nullable(),
    teacherName: z.string().nullable(),
    languageSupport: z.array(z.string()),
    ...seatFields,
    sessionCount: z.number().int(),
    firstSessionDate: z.string().nullable(),
    lastSessionDate: z.string().nullable(),
  })
  .meta({ id: 'GroupSummary' });
export type GroupSummary = z.infer<typeof GroupSummarySchema>;

export const GroupListSchema = listOf(GroupSummarySchema, 'GroupList');
export type GroupList = z.infer<typeof GroupListSchema>;

export const GroupInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    programmeId: z.string().min(1).max(64),
    locationId: z.string().min(1).max(64).nullable().optional(),
    teacherUserId: z.string().min(1).max(64).nullable().optional(),
    languageSupport: z.array(z.string().min(2).max(8)).max(20).default([]),
    capacity: z.number().int().min(1).max(200),
  })
  .meta({ id: 'GroupInput' });
export type GroupInput = z.infer<typeof GroupInputSchema>;

export const GroupPatchSchema = GroupInputSchema.omit({ programmeId: true })
  .partial()
  .strict()
  .meta({ id: 'GroupPatch' });
export type GroupPatch = z.infer<typeof GroupPatchSchema>;

export const GroupSessionSchema = z
  .object({
    id: z.string(),
    ...sessionTimeFields,
    locationId: z.string().nullable(),
    locationName: z.string().nullable(),
    cancelled: z.boolean(),
  })
  .meta({ id: 'GroupSession' });
export type GroupSession = z.infer<typeof GroupSessionSchema>;

export const ReferralSchema = z
  .object({
    decision: z.enum(['referred', 'not_referred']),
    courseName: z.string().nullable(),
    reason: z.string().nullable(),
    decidedAt: z.string(),
  })
  .meta({ id: 'Referral' });
export type ReferralView = z.infer<typeof ReferralSchema>;

/**
 * A learner's sessions: those attended, those needed to complete and the group's sessions that are
 * not cancelled ("attended of sessions" on the learner's card).
 */
const sessionCountFields = {
  attended: z.number().int(),
  required: z.number().int(),
  sessionCount: z.number().int(),
};

/** How the course ended for a learner: the referral decision, the teacher's note, the withdrawal. */
const courseEndFields = {
  referral: ReferralSchema.nullable(),
  progressNote: z.string().nullable(),
  withdrawal: WithdrawalSchema.nullable(),
};

/** A learner on a group's roster, with completion derived from attendance and the programme's threshold. */
export const RosterLearnerSchema = z
  .object({
    enrolmentId: z.string(),
    ...learnerFields,
    phone: z.string().nullable(),
    ...groupPlaceFields,
    ...sessionCountFields,
    completed: z.boolean(),
    stillPossible: z.boolean(),
    ...courseEndFields,
  })
  .meta({ id: 'RosterLearner' });
export type RosterLearner = z.infer<typeof RosterLearnerSchema>;

export const GroupDetailSchema = z
  .object({
    group: GroupSummarySchema,
    sessions: z.array(GroupSessionSchema),
    learners: z.array(RosterLearnerSchema),
  })
  .meta({ id: 'GroupDetail' });
export type GroupDetail = z.infer<typeof GroupDetailSchema>;

export const GenerateSessionsSchema = z
  .strictObject({
    startDate: z.iso.date(),
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .meta({ description: 'ISO weekdays: 1 = Monday … 7 = Sunday.' }),
    startTime: timeOfDay,
    endTime: timeOfDay,
  })
  .meta({ id: 'GenerateSessions' });
export type GenerateSessions = z.infer<typeof GenerateSessionsSchema>;

export const SessionPatchSchema = z
  .strictObject({
    date: z.iso.date().optional(),
    startTime: timeOfDay.optional(),
    endTime: timeOfDay.optional(),
    locationId: z.string().min(1).max(64).nullable().optional(),
    cancelled: z.boolean().optional(),
  })
  .meta({ id: 'SessionPatch' });
export type SessionPatch = z.infer<typeof SessionPatchSchema>;

export const ReferralInputSchema = z
  .discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('referred'), courseName: z.string().trim().min(1).max(200) }),
    z.strictObject({ decision: z.literal('not_referred'), reason: z.string().trim().min(1).max(1000) }),
  ])
  .meta({ id: 'ReferralInput' });
export type ReferralInput = z.infer<typeof ReferralInputSchema>;

/**
 * One session as the welfare centre sees it: planned, moved (with the day and time it was planned on
 * first) or cancelled.
 */
export const ClientSessionSchema = z
  .object({
    id: z.string(),
    ...sessionTimeFields,
    locationName: z.string().nullable(),
    status: z.enum(['planned', 'moved', 'cancelled']),
    plannedDate: z.string().meta({ description: 'The day the session was first planned on.' }),
    plannedStartTime: z.string(),
  })
  .meta({ id: 'ClientSession' });
export type ClientSession = z.infer<typeof ClientSessionSchema>;

/** What the welfare centre sees of its client's training: place, sessions, attendance, completion, referral, note. */
export const ClientEnrolmentSchema = z
  .object({
    id: z.string(),
    groupId: z.string(),
    groupName: z.string(),
    ...groupPlaceFields,
    firstSessionDate: z.string().nullable(),
    ...sessionCountFields,
    completed: z.boolean(),
    ...courseEndFields,
    sessions: z.array(ClientSessionSchema),
  })
  .meta({ id: 'ClientEnrolment' });
export type ClientEnrolment = z.infer<typeof ClientEnrolmentSchema>;

export const ClientEnrolmentListSchema = listOf(ClientEnrolmentSchema, 'ClientEnrolmentList');
export type ClientEnrolmentList = z.infer<typeof ClientEnrolmentListSchema>;
