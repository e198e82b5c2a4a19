import type {
  BatchResult,
  DeviceBatch,
  DeviceDetail,
  DeviceList,
  DeviceResponse,
  DeviceTransition,
} from '@digipakket/api/contracts';
import { newIdempotencyKey } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export const DEVICE_PAGE_SIZE = 25;

export function fetchDevices(query: {
  status?: string;
  model?: string;
  q?: string;
  offset: number;
  limit?: number;
}) {
  return portal.api.request<DeviceList>('/devices', {
    query: { limit: query.limit ?? DEVICE_PAGE_SIZE, ...query },
  });
}

export function fetchDevice({ deviceId }: { deviceId: string }): Promise<DeviceDetail> {
  return portal.api.request<DeviceDetail>(`/devices/${encodeURIComponent(deviceId)}`);
}

export function receiveBatch({ batch }: { batch: DeviceBatch }): Promise<BatchResult> {
  return portal.api.request<BatchResult>('/devices/batches', {
    body: batch,
    idempotencyKey: newIdempotencyKey(),
  });
}

export function moveDevice({ deviceId, transition }: { deviceId: string; transition: DeviceTransition }) {
  return portal.api.request<DeviceResponse>(`/devices/${encodeURIComponent(deviceId)}/transitions`, {
    body: transition,
    idempotencyKey: newIdempotencyKey(),
  });
}
