import { DEVICE_STATUSES, type DeviceStatus } from '@digipakket/domain';
import { createResource } from 'solid-js';
import { fetchDevices } from './devices.services';

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
