import { DEVICE_STATUSES, type DeviceStatus } from '@digipakket/domain';
import { createResource } from 'solid-js';
import { fetchDevice, fetchDevices } from './devices.services';

const isDeviceStatus = (value: string): value is DeviceStatus =>
  (DEVICE_STATUSES as readonly string[]).includes(value);

/** The inventory page by page, loaded again when a filter or the page changes; an unknown status filters nothing. */
export function createDevicesQuery(filters: () => { status: string; model: string; offset: number }) {
  return createResource(filters, ({ status, model, offset }) =>
    fetchDevices({
      ...(isDeviceStatus(status) ? { status } : {}),
      ...(model ? { model } : {}),
      offset,
    }),
  );
}

/** The laptops in stock (at most 100), loaded only while `wanted` is true and again each time it turns true. */
export function createStockQuery(wanted: () => boolean) {
  return createResource(wanted, () => fetchDevices({ status: 'in_stock', offset: 0, limit: 100 }));
}

/** One laptop with its history, loaded again when `deviceId` changes. */
export function createDeviceQuery(deviceId: () => string) {
  return createResource(deviceId, (id) => fetchDevice({ deviceId: id }));
}
