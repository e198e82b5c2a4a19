import { DEVICE_STATUSES } from '@digipakket/domain';
import { z } from 'zod';
import { answerOf, PaginationQuerySchema } from '../../ground/shared/shared.schemas';

/** A purchase batch: the serial numbers pasted one per line, the model and who paid for them. */
export const DeviceBatchSchema = z
  .strictObject({
    model: z.string().trim().min(1).max(100),
    funding: z.string().trim().min(1).max(200).optional(),
    serials: z
      .string()
      .max(200_000)
      .meta({ description: 'One serial number per line; empty lines are skipped.' }),
  })
  .meta({ id: 'DeviceBatch' });
export type DeviceBatch = z.input<typeof DeviceBatchSchema>;

export const DeviceSchema = z
  .object({
    id: z.string(),
    serial: z.string(),
    model: z.string(),
    funding: z.string().nullable(),
    status: z.enum(DEVICE_STATUSES),
    holder: z.object({ id: z.string(), name: z.string(), fileNumber: z.string() }).nullable(),
    reservedAt: z.string().nullable(),
    handedOutAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Device' });
export type DeviceView = z.infer<typeof DeviceSchema>;

export const DeviceListQuerySchema = PaginationQuerySchema.extend({
  status: z.enum(DEVICE_STATUSES).optional(),
  model: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional().meta({ description: 'Start of a serial number' }),
});
export type DeviceListQuery = z.input<typeof DeviceListQuerySchema>;

export const DeviceListSchema = z
  .object({
    items: z.array(DeviceSchema),
    total: z.number().int(),
    models: z.array(z.string()),
    counts: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'DeviceList' });
export type DeviceList = z.infer<typeof DeviceListSchema>;

export const DeviceEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string(),
    clientName: z.string().nullable(),
    clientId: z.string().nullable(),
    actorName: z.string().nullable(),
    reason: z.string().nullable(),
    signatureMethod: z.enum(['paper', 'screen']).nullable(),
  })
  .meta({ id: 'DeviceEvent' });
export type DeviceEventView = z.infer<typeof DeviceEventSchema>;

export const DeviceDetailSchema = z
  .object({ device: DeviceSchema, history: z.array(DeviceEventSchema) })
  .meta({ id: 'DeviceDetail' });
export type DeviceDetail = z.infer<typeof DeviceDetailSchema>;

export const DeviceResponseSchema = answerOf('device', DeviceSchema, 'DeviceResponse');
export type DeviceResponse = z.infer<typeof DeviceResponseSchema>;

export const BatchResultSchema = z
  .object({ received: z.number().int(), devices: z.array(DeviceSchema) })
  .meta({ id: 'BatchResult' });
export type BatchResult = z.infer<typeof BatchResultSchema>;

const SIGNATURE_PNG = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

/** A change of a device's state; `reserve` is for an approved client, `hand_out` records the signature. */
export const DeviceTransitionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('reserve'), clientId: z.string().max(64) }),
    z.strictObject({ type: z.literal('cancel_reservation'), reason: z.string().trim().max(500).optional() }),
    z.strictObject({
      type: z.literal('hand_out'),
      signatureMethod: z.enum(['paper', 'screen']),
      signaturePng: z
        .string()
        .max(400_000)
        .regex(SIGNATURE_PNG, 'A PNG image as a data URL.')
        .optional()
        .meta({ description: 'Required when signed on screen: the drawn signature as a PNG data URL.' }),
    }),
    z.strictObject({ type: z.literal('return'), reason: z.string().trim().max(500).optional() }),
    z.strictObject({ type: z.literal('report_defective'), note: z.string().trim().min(1).max(500) }),
    z.strictObject({ type: z.literal('report_lost'), reason: z.string().trim().max(500).optional() }),
    z.strictObject({ type: z.literal('restock'), reason: z.string().trim().max(500).optional() }),
  ])
  .meta({ id: 'DeviceTransition' });
export type DeviceTransition = z.input<typeof DeviceTransitionSchema>;

/** The appointment to pick up a reserved laptop, a date and time with its offset. */
export const PickupAppointmentSchema = z
  .strictObject({ pickupAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'PickupAppointment' });
export type PickupAppointment = z.infer<typeof PickupAppointmentSchema>;

export const PickupAppointmentResultSchema = z
  .object({ deviceId: z.string(), pickupAt: z.string() })
  .meta({ id: 'PickupAppointmentResult' });
export type PickupAppointmentResult = z.infer<typeof PickupAppointmentResultSchema>;
