import type { DeviceBatch, DeviceListQuery, DeviceTransition } from '@digipakket/api/contracts';
import { DEVICE_ROUTES } from '@digipakket/api/routes';
import { newIdempotencyKey } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export const DEVICE_PAGE_SIZE = 25;

export function fetchDevices(query: {
  status?: DeviceListQuery['status'];
  model?: string;
  q?: string;
  offset: number;
  limit?: number;
}) {
  return portal.api.call(DEVICE_ROUTES.list, {
    query: { limit: query.limit ?? DEVICE_PAGE_SIZE, ...query },
  });
}

export function fetchDevice({ deviceId }: { deviceId: string }) {
  return portal.api.call(DEVICE_ROUTES.detail, { params: { id: deviceId } });
}

export function receiveBatch({ batch }: { batch: DeviceBatch }) {
  return portal.api.call(
    DEVICE_ROUTES.receiveBatch,
    { body: batch },
    { idempotencyKey: newIdempotencyKey() },
  );
}

export function moveDevice({ deviceId, transition }: { deviceId: string; transition: DeviceTransition }) {
  return portal.api.call(
    DEVICE_ROUTES.move,
    { params: { id: deviceId }, body: transition },
    { idempotencyKey: newIdempotencyKey() },
  );
}
