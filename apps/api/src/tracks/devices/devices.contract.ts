import { contract, types } from '../../ground/shared/route-contract';
import type {
  BatchResultSchema,
  DeviceBatchSchema,
  DeviceDetailSchema,
  DeviceListQuerySchema,
  DeviceListSchema,
  DeviceResponseSchema,
  DeviceTransitionSchema,
  PickupAppointmentResultSchema,
  PickupAppointmentSchema,
} from './devices.schemas';

type Shapes = {
  list: { query: typeof DeviceListQuerySchema; answer: typeof DeviceListSchema };
  detail: { answer: typeof DeviceDetailSchema };
  receiveBatch: { body: typeof DeviceBatchSchema; answer: typeof BatchResultSchema };
  move: { body: typeof DeviceTransitionSchema; answer: typeof DeviceResponseSchema };
  bookPickup: { body: typeof PickupAppointmentSchema; answer: typeof PickupAppointmentResultSchema };
};

/** The laptops' routes as the portals call them. */
export const DEVICE_ROUTES = contract(types<Shapes>(), {
  list: 'GET /devices',
  detail: 'GET /devices/{id}',
  receiveBatch: 'POST /devices/batches',
  move: 'POST /devices/{id}/transitions',
  bookPickup: 'PUT /devices/{id}/pickup',
});
