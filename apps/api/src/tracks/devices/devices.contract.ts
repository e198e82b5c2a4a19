import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './devices.schemas';

type Shapes = {
  list: { query: typeof schemas.DeviceListQuerySchema; answer: typeof schemas.DeviceListSchema };
  detail: { answer: typeof schemas.DeviceDetailSchema };
  receiveBatch: { body: typeof schemas.DeviceBatchSchema; answer: typeof schemas.BatchResultSchema };
  move: { body: typeof schemas.DeviceTransitionSchema; answer: typeof schemas.DeviceResponseSchema };
  bookPickup: {
    body: typeof schemas.PickupAppointmentSchema;
    answer: typeof schemas.PickupAppointmentResultSchema;
  };
};

/** The laptops' routes as the portals call them. */
export const DEVICE_ROUTES = contract(types<Shapes>(), {
  list: 'GET /devices',
  detail: 'GET /devices/{id}',
  receiveBatch: 'POST /devices/batches',
  move: 'POST /devices/{id}/transitions',
  bookPickup: 'PUT /devices/{id}/pickup',
});
