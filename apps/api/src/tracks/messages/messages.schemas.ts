import { MESSAGE_CHANNELS, MESSAGE_KINDS, MESSAGE_STATUSES } from '@digipakket/domain';
import { z } from 'zod';
import { listOf } from '../../ground/shared/shared.schemas';

const consentSchema = z
  .object({
    consented: z.boolean(),
    recordedAt: z.string(),
    recordedByName: z.string().nullable(),
  })
  .nullable();

/** How a client can be reached: number, address, consent per channel (when and by whom) and preference. */
export const ClientContactSchema = z
  .object({
    clientId: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    consents: z.object({ sms: consentSchema, email: consentSchema, letter: consentSchema }),
    preferredChannel: z.enum(MESSAGE_CHANNELS).nullable(),
    /** The channel the next message would go by, after consent, preference and the number or address. */
    effectiveChannel: z.enum(MESSAGE_CHANNELS).nullable(),
  })
  .meta({ id: 'ClientContact' });
export type ClientContact = z.infer<typeof ClientContactSchema>;

/**
 * A change of contact details and consents. A channel left out keeps its record; `true`/`false`
 * records agreement or refusal now, by the caller. Refusing a channel withdraws its queued messages.
 */
export const ClientContactUpdateSchema = z
  .strictObject({
    phone: z
      .string()
      .trim()
      .max(32)
      .regex(/^$|^\+?[0-9 ()./-]{6,32}$/, 'not a phone number')
      .nullable()
      .optional(),
    email: z
      .union([z.literal(''), z.email().max(254)])
      .nullable()
      .optional(),
    consents: z
      .strictObject({
        sms: z.boolean().optional(),
        email: z.boolean().optional(),
        letter: z.boolean().optional(),
      })
      .optional(),
    preferredChannel: z.enum(MESSAGE_CHANNELS).nullable().optional(),
  })
  .meta({ id: 'ClientContactUpdate' });
export type ClientContactUpdate = z.infer<typeof ClientContactUpdateSchema>;

/** One message to a client as the welfare centre or the partner it speaks for sees it. */
export const ClientMessageSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    kind: z.enum(MESSAGE_KINDS),
    subject: z.string(),
    channel: z.enum(MESSAGE_CHANNELS),
    status: z.enum(MESSAGE_STATUSES),
    reason: z.string().nullable(),
    language: z.string(),
    body: z.string(),
    appointmentAt: z.string(),
    daysBefore: z.number().int(),
    sendAfter: z.string(),
    attempts: z.number().int(),
    sentAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    failedAt: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ClientMessage' });
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

export const ClientMessageListSchema = listOf(ClientMessageSchema, 'ClientMessageList');
export type ClientMessageList = z.infer<typeof ClientMessageListSchema>;

export const PartnerMessagesQuerySchema = z.object({
  subject: z
    .string()
    .max(80)
    .regex(/^(cheque|course_session):[a-z0-9_]+$/, 'cheque:<id> or course_session:<id>')
    .meta({ example: 'cheque:chq_k3f9a0b1c2d3e4f5g6h7' }),
});

const reportStatus = z.strictObject({
  groupId: z.number().int().min(0).max(1_000_000).optional(),
  groupName: z.string().max(40),
  id: z.number().int().min(0).max(1_000_000).optional(),
  name: z.string().max(80).optional(),
  description: z.string().max(500).optional(),
  action: z.string().max(500).optional(),
  permanent: z.boolean().optional(),
});

/**
 * A delivery report as the SMS provider posts it (Infobip's fields; what we do not use is declared so
 * that a real report passes and anything else is refused).
 */
export const SmsDeliveryReportSchema = z
  .strictObject({
    results: z
      .array(
        z.strictObject({
          messageId: z.string().max(200),
          status: reportStatus,
          error: reportStatus.partial().optional(),
          bulkId: z.string().max(200).optional(),
          to: z.string().max(40).optional(),
          from: z.string().max(40).optional(),
          sender: z.string().max(40).optional(),
          sentAt: z.string().max(40).optional(),
          doneAt: z.string().max(40).optional(),
          smsCount: z.number().int().min(0).max(1_000).optional(),
          messageCount: z.number().int().min(0).max(1_000).optional(),
          mccMnc: z.string().max(20).optional(),
          callbackData: z.string().max(4000).optional(),
          price: z
            .strictObject({
              pricePerMessage: z.number().min(0).max(1_000).optional(),
              currency: z.string().max(8).optional(),
            })
            .optional(),
        }),
      )
      .max(1000),
  })
  .meta({ id: 'SmsDeliveryReport' });
export type SmsDeliveryReport = z.infer<typeof SmsDeliveryReportSchema>;

/** A batch of letters printed together: printing marks its letters sent. */
export const LetterBatchSchema = z
  .object({ id: z.string(), printedAt: z.string(), letters: z.number().int() })
  .meta({ id: 'LetterBatch' });
export type LetterBatch = z.infer<typeof LetterBatchSchema>;

/** The letters waiting to be printed (due within the post's days) and the batches printed before. */
export const LettersOverviewSchema = z
  .object({ waiting: z.number().int(), batches: z.array(LetterBatchSchema) })
  .meta({ id: 'LettersOverview' });
export type LettersOverview = z.infer<typeof LettersOverviewSchema>;

export const LetterBatchParamsSchema = z.object({ id: z.string().max(64) });
