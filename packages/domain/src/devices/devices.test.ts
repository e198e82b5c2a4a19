import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from '../testing/fixtures';
import { specification } from '../testing/given-when-then';
import type { Device, DeviceCommand } from './devices';
import { decideDevice, deviceHolder } from './devices';

const now = at('2025-04-10T09:00:00Z');
const base = { id: 'dev_1', serial: 'PF3X9K', model: 'ThinkPad E14' };
const inStock: Device = { ...base, status: 'in_stock' };
const reserved: Device = {
  ...base,
  status: 'reserved',
  holder: 'cli_1',
  reservedAt: at('2025-04-01T09:00:00Z'),
};
const handedOut: Device = {
  ...base,
  status: 'handed_out',
  holder: 'cli_1',
  reservedAt: at('2025-04-01T09:00:00Z'),
  handedOutAt: at('2025-04-05T09:00:00Z'),
};
const returned: Device = { ...base, status: 'returned', lastClientId: 'cli_1', returnedAt: now };
const defective: Device = {
  ...base,
  status: 'defective',
  lastClientId: 'cli_1',
  reportedAt: now,
  note: 'Screen',
};
const lost: Device = { ...base, status: 'lost', lastClientId: 'cli_1', reportedAt: now };

const device = specification((state: Device, command: DeviceCommand) =>
  decideDevice({ device: state, command, now }),
);

/** The commands the lifecycle refuses: the laptop as it is, the command, and the refusal's code. */
const REFUSALS: [string, Device, DeviceCommand, string][] = [
  [
    'a reserved laptop, when reserved for another client',
    reserved,
    { type: 'reserve', clientId: 'cli_2' },
    'device.not_in_stock',
  ],
  [
    'a laptop in stock, when a reservation is cancelled',
    inStock,
    { type: 'cancel_reservation' },
    'device.not_reserved',
  ],
  [
    'a laptop reserved for one client, when handed out to another',
    reserved,
    { type: 'hand_out', clientId: 'cli_2' },
    'device.held_by_other_client',
  ],
  [
    'a laptop in stock, when handed out (it must be reserved first)',
    inStock,
    { type: 'hand_out', clientId: 'cli_1' },
    'device.not_reserved',
  ],
  [
    'a handed-out laptop, when reported defective without a note',
    handedOut,
    { type: 'report_defective', note: ' ' },
    'device.defect_note_missing',
  ],
];

describe('the device lifecycle', () => {
  it.each(REFUSALS)('given %s, then it is refused', (_, given, command, code) => {
    device.given(given).when(command).thenRefused(code);
  });

  it('given a laptop in stock, when reserved for a client, then that client holds the reservation', () => {
    device
      .given(inStock)
      .when({ type: 'reserve', clientId: 'cli_1' })
      .thenAccepted({ device: { ...base, status: 'reserved', holder: 'cli_1', reservedAt: now } });
  });

  it('given a reserved laptop, when the reservation is cancelled, then it is back in stock', () => {
    device.given(reserved).when({ type: 'cancel_reservation' }).thenAccepted({ device: inStock });
  });

  it('given a reserved laptop, when handed out to its client, then it is handed out', () => {
    device
      .given(reserved)
      .when({ type: 'hand_out', clientId: 'cli_1' })
      .thenAccepted({ device: { ...handedOut, handedOutAt: now } });
  });

  it('given a handed-out laptop, when returned, then it remembers the last client', () => {
    device.given(handedOut).when({ type: 'return' }).thenAccepted({ device: returned });
  });

  it('given a handed-out laptop, when reported defective with a note, then it is defective', () => {
    device
      .given(handedOut)
      .when({ type: 'report_defective', note: ' Screen ' })
      .thenAccepted({ device: defective });
  });

  it('given a handed-out laptop, when reported lost, then it is lost', () => {
    device.given(handedOut).when({ type: 'report_lost' }).thenAccepted({ device: lost });
  });

  it('given a laptop in stock, when returned, reported defective or lost, then it is refused', () => {
    device.given(inStock).when({ type: 'return' }).thenRefused('device.not_handed_out');
    device.given(inStock).when({ type: 'report_defective', note: 'x' }).thenRefused('device.not_handed_out');
    device.given(reserved).when({ type: 'report_lost' }).thenRefused('device.not_handed_out');
  });

  it('given a repaired or returned laptop, when restocked, then it is in stock', () => {
    device.given(defective).when({ type: 'restock' }).thenAccepted({ device: inStock });
    device.given(returned).when({ type: 'restock' }).thenAccepted({ device: inStock });
  });

  it('given a lost laptop, when restocked, then it is refused', () => {
    device.given(lost).when({ type: 'restock' }).thenRefused('device.cannot_restock');
  });
});

describe('device invariants', () => {
  const command: fc.Arbitrary<DeviceCommand> = fc.oneof(
    fc.record({
      type: fc.constant('reserve' as const),
      clientId: fc.constantFrom('cli_1', 'cli_2', 'cli_3'),
    }),
    fc.constant<DeviceCommand>({ type: 'cancel_reservation' }),
    fc.record({
      type: fc.constant('hand_out' as const),
      clientId: fc.constantFrom('cli_1', 'cli_2', 'cli_3'),
    }),
    fc.constant<DeviceCommand>({ type: 'return' }),
    fc.constant<DeviceCommand>({ type: 'report_defective', note: 'Broken hinge' }),
    fc.constant<DeviceCommand>({ type: 'report_lost' }),
    fc.constant<DeviceCommand>({ type: 'restock' }),
  );

  it('a laptop is only ever handed out to the client it was reserved for, and never changes holder', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let state: Device = inStock;
        for (const next of commands) {
          const before = deviceHolder(state);
          const result = decideDevice({ device: state, command: next, now });
          if (!result.ok) continue;
          const after = deviceHolder(result.device);
          if (before !== null && after !== null) expect(after).toBe(before);
          if (result.device.status === 'handed_out') expect(state.status).toBe('reserved');
          state = result.device;
        }
      }),
    );
  });
});
