import { route, types } from '../../ground/shared/route-contract';
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

/** The laptops' routes as the portals call them. */
export const DEVICE_ROUTES = {
  list: route(
    'GET',
    '/devices',
    types<{ query: typeof DeviceListQuerySchema; answer: typeof DeviceListSchema }>(),
  ),
  detail: route('GET', '/devices/{id}', types<{ answer: typeof DeviceDetailSchema }>()),
  receiveBatch: route(
    'POST',
    '/devices/batches',
    types<{ body: typeof DeviceBatchSchema; answer: typeof BatchResultSchema }>(),
  ),
  move: route(
    'POST',
    '/devices/{id}/transitions',
    types<{ body: typeof DeviceTransitionSchema; answer: typeof DeviceResponseSchema }>(),
  ),
  bookPickup: route(
    'PUT',
    '/devices/{id}/pickup',
    types<{ body: typeof PickupAppointmentSchema; answer: typeof PickupAppointmentResultSchema }>(),
  ),
};
