import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withTenantId, withTenantInput } from '../../ground/http/serve';
import { DEVICE_ROUTES } from './devices.contract';
import {
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
import { bookPickup, getDevice, listDevices, receiveBatch, transitionDevice } from './devices.usecases';

const define = routesOf({ tag: 'devices', access: ACCESS.caseworkers });

export function registerDevicesRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(DEVICE_ROUTES.bookPickup, {
      summary: 'Book or move the appointment to pick up a reserved laptop',
      description:
        'Only a reserved device takes an appointment (409 `device.not_reserved` otherwise); any status change clears it. The follow-up signal "reserved laptop not picked up" keeps counting from the reservation.',
      body: PickupAppointmentSchema,
      answer: [200, PickupAppointmentResultSchema, 'The appointment.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) =>
      bookPickup({ ctx: tenant, timeZone: deps.config.timeZone, deviceId: param.id, input: body }).then(
        ({ result }) => result,
      ),
  );

  serveJson(
    app,
    define(DEVICE_ROUTES.receiveBatch, {
      idempotent: true,
      summary: 'Receive a purchase batch of laptops',
      description:
        'All or nothing: a serial repeated in the paste or already in the inventory answers 409 `device.duplicate_serial` with `details.rows` (line number, serial, why).',
      body: DeviceBatchSchema,
      answer: [201, BatchResultSchema, 'The devices received.'],
      errors: [409],
    }),
    withTenantInput(receiveBatch),
  );

  serveJson(
    app,
    define(DEVICE_ROUTES.list, {
      summary: 'The inventory, filtered by status, model or the start of a serial',
      description:
        'Each client named as a holder on the page is audited as read (`device.read`, one row per client).',
      query: DeviceListQuerySchema,
      answer: [200, DeviceListSchema, 'A page of devices.'],
    }),
    ({ tenant, query }) => listDevices({ ctx: tenant, query: query }),
  );

  serveJson(
    app,
    define(DEVICE_ROUTES.detail, {
      summary: 'A device and its history',
      description:
        'The holder and every client the history names are audited as read (`device.read`, one row per client).',
      answer: [200, DeviceDetailSchema, 'The device.'],
      errors: [404],
    }),
    withTenantId('deviceId', getDevice),
  );

  serveJson(
    app,
    define(DEVICE_ROUTES.move, {
      idempotent: true,
      summary: 'Reserve, cancel a reservation, hand out, return, report defective or lost, or restock',
      description:
        'The database holds "one holder per device" under concurrency: of simultaneous reservations of one laptop exactly one succeeds, the others answer 409 `device.not_in_stock`. Other refusals: `device.client_not_approved`, `device.client_already_holds`, `device.not_reserved`, `device.not_handed_out`, `device.cannot_restock` (409), `device.signature_missing` (400).',
      body: DeviceTransitionSchema,
      answer: [200, DeviceResponseSchema, 'The device after the change.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) => transitionDevice({ ctx: tenant, deviceId: param.id, input: body }),
  );
}
