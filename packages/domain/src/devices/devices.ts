import type { Outcome } from '../shared/result';
import { assertNever, refuse } from '../shared/result';

/**
 * The states of a laptop in the welfare centre's inventory.
 *
 * @example
 * DEVICE_STATUSES.includes('handed_out'); // true
 */
export const DEVICE_STATUSES = [
  'in_stock',
  'reserved',
  'handed_out',
  'returned',
  'defective',
  'lost',
] as const;

/** One of {@link DEVICE_STATUSES}. @example const status: DeviceStatus = 'reserved'; */
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

interface DeviceBase {
  readonly id: string;
  readonly serial: string;
  readonly model: string;
}

/**
 * A laptop. Only `reserved` and `handed_out` carry a `holder`, so a device can never have two.
 * `returned`, `defective` and `lost` remember the last client for the record, not as a holder.
 *
 * @example
 * const device: Device = { status: 'in_stock', id: 'dev_1', serial: 'PF3X9K', model: 'ThinkPad E14' };
 */
export type Device =
  | (DeviceBase & { readonly status: 'in_stock' })
  | (DeviceBase & { readonly status: 'reserved'; readonly holder: string; readonly reservedAt: Date })
  | (DeviceBase & {
      readonly status: 'handed_out';
      readonly holder: string;
      readonly reservedAt: Date;
      readonly handedOutAt: Date;
    })
  | (DeviceBase & { readonly status: 'returned'; readonly lastClientId: string; readonly returnedAt: Date })
  | (DeviceBase & {
      readonly status: 'defective';
      readonly lastClientId: string | null;
      readonly reportedAt: Date;
      readonly note: string;
    })
  | (DeviceBase & { readonly status: 'lost'; readonly lastClientId: string; readonly reportedAt: Date });

/** A device in one given state. @example const reserved: DeviceIn<'reserved'> = { ...device, status: 'reserved', holder: 'cli_1', reservedAt: now }; */
export type DeviceIn<S extends DeviceStatus> = Extract<Device, { status: S }>;

/**
 * What can be done to a device.
 *
 * @example
 * const command: DeviceCommand = { type: 'reserve', clientId: 'cli_1' };
 */
export type DeviceCommand =
  | { readonly type: 'reserve'; readonly clientId: string }
  | { readonly type: 'cancel_reservation' }
  | { readonly type: 'hand_out'; readonly clientId: string }
  | { readonly type: 'return' }
  | { readonly type: 'report_defective'; readonly note: string }
  | { readonly type: 'report_lost' }
  | { readonly type: 'restock' };

/**
 * Codes a device transition can refuse with.
 *
 * @example
 * const code: DeviceReasonCode = 'device.held_by_other_client';
 */
export type DeviceReasonCode =
  | 'device.not_in_stock'
  | 'device.not_reserved'
  | 'device.not_handed_out'
  | 'device.held_by_other_client'
  | 'device.cannot_restock'
  | 'device.defect_note_missing';

/** The result of a device transition. @example const result: DeviceOutcome = reserveDevice({ device, clientId: 'cli_1', now }); */
export type DeviceOutcome = Outcome<{ device: Device }, DeviceReasonCode>;

function base(device: Device): DeviceBase {
  return { id: device.id, serial: device.serial, model: device.model };
}

/** A laptop, the client a step is for and the moment it happens. */
interface DeviceForClient {
  device: Device;
  clientId: string;
  now: Date;
}

/**
 * Reserves a laptop in stock for one client.
 *
 * @example
 * reserveDevice({ device, clientId: 'cli_1', now }); // { ok: true, device: { status: 'reserved', holder: 'cli_1', ... } }
 */
export function reserveDevice({ device, clientId, now }: DeviceForClient): DeviceOutcome {
  if (device.status !== 'in_stock') return refuse({ code: 'device.not_in_stock', status: device.status });
  return { ok: true, device: { ...base(device), status: 'reserved', holder: clientId, reservedAt: now } };
}

/**
 * Cancels a reservation: the laptop goes back to stock.
 *
 * @example
 * cancelReservation({ device: reserved }); // { ok: true, device: { status: 'in_stock', ... } }
 */
export function cancelReservation({ device }: { device: Device }): DeviceOutcome {
  if (device.status !== 'reserved') return refuse({ code: 'device.not_reserved', status: device.status });
  return { ok: true, device: { ...base(device), status: 'in_stock' } };
}

/**
 * Hands a reserved laptop to the client it is reserved for (the receipt is signed at this moment).
 *
 * @example
 * handOutDevice({ device: reserved, clientId: 'cli_2', now }); // { ok: false, reasons: [{ code: 'device.held_by_other_client' }] }
 */
export function handOutDevice({ device, clientId, now }: DeviceForClient): DeviceOutcome {
  if (device.status !== 'reserved') return refuse({ code: 'device.not_reserved', status: device.status });
  if (device.holder !== clientId) return refuse({ code: 'device.held_by_other_client' });
  return {
    ok: true,
    device: {
      ...base(device),
      status: 'handed_out',
      holder: clientId,
      reservedAt: device.reservedAt,
      handedOutAt: now,
    },
  };
}

/**
 * Records that the client brought the laptop back.
 *
 * @example
 * returnDevice({ device: handedOut, now }); // { ok: true, device: { status: 'returned', lastClientId: 'cli_1', ... } }
 */
export function returnDevice({ device, now }: { device: Device; now: Date }): DeviceOutcome {
  if (device.status !== 'handed_out') return refuse({ code: 'device.not_handed_out', status: device.status });
  return {
    ok: true,
    device: { ...base(device), status: 'returned', lastClientId: device.holder, returnedAt: now },
  };
}

/**
 * Records that a handed-out laptop is broken; a note says what is wrong.
 *
 * @example
 * reportDeviceDefective({ device: handedOut, note: 'Screen cracked', now });
 */
export function reportDeviceDefective({
  device,
  note,
  now,
}: {
  device: Device;
  note: string;
  now: Date;
}): DeviceOutcome {
  if (device.status !== 'handed_out') return refuse({ code: 'device.not_handed_out', status: device.status });
  if (note.trim() === '') return refuse({ code: 'device.defect_note_missing' });
  return {
    ok: true,
    device: {
      ...base(device),
      status: 'defective',
      lastClientId: device.holder,
      reportedAt: now,
      note: note.trim(),
    },
  };
}

/**
 * Records that a handed-out laptop is lost or stolen.
 *
 * @example
 * reportDeviceLost({ device: handedOut, now }); // { ok: true, device: { status: 'lost', ... } }
 */
export function reportDeviceLost({ device, now }: { device: Device; now: Date }): DeviceOutcome {
  if (device.status !== 'handed_out') return refuse({ code: 'device.not_handed_out', status: device.status });
  return {
    ok: true,
    device: { ...base(device), status: 'lost', lastClientId: device.holder, reportedAt: now },
  };
}

/**
 * Puts a repaired or returned laptop back in stock.
 *
 * @example
 * restockDevice({ device: defective }); // { ok: true, device: { status: 'in_stock', ... } }
 */
export function restockDevice({ device }: { device: Device }): DeviceOutcome {
  if (device.status !== 'defective' && device.status !== 'returned') {
    return refuse({ code: 'device.cannot_restock', status: device.status });
  }
  return { ok: true, device: { ...base(device), status: 'in_stock' } };
}

/**
 * Applies any device command; one entry point for the API and for property tests.
 *
 * @example
 * decideDevice({ device, command: { type: 'reserve', clientId: 'cli_1' }, now });
 */
export function decideDevice({
  device,
  command,
  now,
}: {
  device: Device;
  command: DeviceCommand;
  now: Date;
}): DeviceOutcome {
  switch (command.type) {
    case 'reserve':
      return reserveDevice({ device, clientId: command.clientId, now });
    case 'cancel_reservation':
      return cancelReservation({ device });
    case 'hand_out':
      return handOutDevice({ device, clientId: command.clientId, now });
    case 'return':
      return returnDevice({ device, now });
    case 'report_defective':
      return reportDeviceDefective({ device, note: command.note, now });
    case 'report_lost':
      return reportDeviceLost({ device, now });
    case 'restock':
      return restockDevice({ device });
    default:
      return assertNever(command);
  }
}

/**
 * The client holding a device, if any.
 *
 * @example
 * deviceHolder(reserved); // 'cli_1'
 * deviceHolder(inStock); // null
 */
export function deviceHolder(device: Device): string | null {
  return device.status === 'reserved' || device.status === 'handed_out' ? device.holder : null;
}
