import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
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

const params = z.object({ id: z.string().max(64) });

const receiveBatchRoute = defineRoute({
  method: 'post',
  path: '/api/devices/batches',
  tag: 'devices',
  access: ACCESS.caseworkers,
  idempotent: true,
  summary: 'Receive a purchase batch of laptops',
  description:
    'All or nothing: a serial repeated in the paste or already in the inventory answers 409 `device.duplicate_serial` with `details.rows` (line number, serial, why).',
  request: { body: jsonBody(DeviceBatchSchema) },
  responses: {
    201: jsonResponse(BatchResultSchema, 'The devices received.'),
    ...errorResponses(400, 401, 403, 409, 413, 415),
  },
});

const listDevicesRoute = defineRoute({
  method: 'get',
  path: '/api/devices',
  tag: 'devices',
  access: ACCESS.caseworkers,
  summary: 'The inventory, filtered by status, model or the start of a serial',
  description:
    'Each client named as a holder on the page is audited as read (`device.read`, one row per client).',
  request: { query: DeviceListQuerySchema },
  responses: { 200: jsonResponse(DeviceListSchema, 'A page of devices.'), ...errorResponses(400, 401, 403) },
});

const getDeviceRoute = defineRoute({
  method: 'get',
  path: '/api/devices/{id}',
  tag: 'devices',
  access: ACCESS.caseworkers,
  summary: 'A device and its history',
  description:
    'The holder and every client the history names are audited as read (`device.read`, one row per client).',
  request: { params },
  responses: { 200: jsonResponse(DeviceDetailSchema, 'The device.'), ...errorResponses(401, 403, 404) },
});

const transitionRoute = defineRoute({
  method: 'post',
  path: '/api/devices/{id}/transitions',
  tag: 'devices',
  access: ACCESS.caseworkers,
  idempotent: true,
  summary: 'Reserve, cancel a reservation, hand out, return, report defective or lost, or restock',
  description:
    'The database holds "one holder per device" under concurrency: of simultaneous reservations of one laptop exactly one succeeds, the others answer 409 `device.not_in_stock`. Other refusals: `device.client_not_approved`, `device.client_already_holds`, `device.not_reserved`, `device.not_handed_out`, `device.cannot_restock` (409), `device.signature_missing` (400).',
  request: { params, body: jsonBody(DeviceTransitionSchema) },
  responses: {
    200: jsonResponse(DeviceResponseSchema, 'The device after the change.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const pickupRoute = defineRoute({
  method: 'put',
  path: '/api/devices/{id}/pickup',
  tag: 'devices',
  access: ACCESS.caseworkers,
  summary: 'Book or move the appointment to pick up a reserved laptop',
  description:
    'Only a reserved device takes an appointment (409 `device.not_reserved` otherwise); any status change clears it. The follow-up signal "reserved laptop not picked up" keeps counting from the reservation.',
  request: { params, body: jsonBody(PickupAppointmentSchema) },
  responses: {
    200: jsonResponse(PickupAppointmentResultSchema, 'The appointment.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerDevicesRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, pickupRoute, 200, ({ tenant, param, body }) =>
    bookPickup({ ctx: tenant, timeZone: deps.config.timeZone, deviceId: param.id, input: body }).then(
      ({ result }) => result,
    ),
  );

  serveJson(app, receiveBatchRoute, 201, ({ tenant, body }) => receiveBatch({ ctx: tenant, input: body }));

  serveJson(app, listDevicesRoute, 200, ({ tenant, query }) => listDevices({ ctx: tenant, query: query }));

  serveJson(app, getDeviceRoute, 200, ({ tenant, param }) => getDevice({ ctx: tenant, deviceId: param.id }));

  serveJson(app, transitionRoute, 200, ({ tenant, param, body }) =>
    transitionDevice({ ctx: tenant, deviceId: param.id, input: body }),
  );
}
