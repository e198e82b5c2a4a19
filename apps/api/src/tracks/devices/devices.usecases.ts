import { type Device, type DeviceCommand, type DeviceStatus, decideDevice } from '@digipakket/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { TenantArgs } from '../../ground/http/request-context';
import { DEFAULT_TIME_ZONE } from '../../ground/shared/clock';
import { isIdOf } from '../../ground/shared/ids';
import { requireTenantClient } from '../../records/clients/clients.usecases';
import { devicesTable } from '../../records/devices/devices.tables';
import { createIntakeRepository } from '../intake/intake.repository';
import { PROGRAMME_SENDER_NAME, planAppointmentMessages } from '../messages/messages.outbox';
import {
  createClientNotApprovedError,
  createDeviceNotFoundError,
  createDeviceTransitionRefusedError,
  createDuplicateSerialError,
  createEmptyBatchError,
  createSignatureMissingError,
} from './devices.errors';
import { createDevicesRepository, type DeviceRow } from './devices.repository';
import type {
  BatchResult,
  DeviceBatchSchema,
  DeviceDetail,
  DeviceList,
  DeviceListQuerySchema,
  DeviceTransitionSchema,
  DeviceView,
  PickupAppointment,
  PickupAppointmentResult,
} from './devices.schemas';

function toView(row: {
  device: DeviceRow;
  holderName: string | null;
  holderFileNumber: string | null;
}): DeviceView {
  const { device } = row;
  return {
    id: device.id,
    serial: device.serial,
    model: device.model,
    funding: device.funding,
    status: device.status,
    holder:
      device.holderClientId && row.holderName
        ? { id: device.holderClientId, name: row.holderName, fileNumber: row.holderFileNumber ?? '' }
        : null,
    reservedAt: device.reservedAt?.toISOString() ?? null,
    handedOutAt: device.handedOutAt?.toISOString() ?? null,
    updatedAt: device.updatedAt.toISOString(),
  };
}

/** The stored row as the domain's device state, so the domain decides every transition. */
function toDomainDevice({ row, lastClientId }: { row: DeviceRow; lastClientId: string | null }): Device {
  const base = { id: row.id, serial: row.serial, model: row.model };
  const since = row.updatedAt;
  // A reserved or handed-out laptop has a holder since its reservation.
  const held = { holder: row.holderClientId!, reservedAt: row.reservedAt ?? since };
  switch (row.status) {
    case 'in_stock':
      return { ...base, status: 'in_stock' };
    case 'reserved':
      return { ...base, ...held, status: 'reserved' };
    case 'handed_out':
      return { ...base, ...held, status: 'handed_out', handedOutAt: row.handedOutAt ?? since };
    case 'returned':
      return { ...base, status: 'returned', lastClientId: lastClientId ?? '', returnedAt: since };
    case 'defective':
      return { ...base, status: 'defective', lastClientId, reportedAt: since, note: '' };
    case 'lost':
      return { ...base, status: 'lost', lastClientId: lastClientId ?? '', reportedAt: since };
  }
}

/**
 * Receives a purchase batch in one transaction: every serial (one per line, trimmed, empty lines
 * skipped) becomes a device in stock with its first history event. A serial that appears twice in the
 * paste or is already in the inventory refuses the whole batch, naming each line.
 */
export async function receiveBatch({
  ctx,
  input,
}: TenantArgs<{ input: z.output<typeof DeviceBatchSchema> }>): Promise<BatchResult> {
  const { clock, tenantId } = ctx;
  const lines = input.serials.split(/\r?\n/).map((line, index) => ({ row: index + 1, serial: line.trim() }));
  const entries = lines.filter((line) => line.serial !== '');
  if (entries.length === 0) throw createEmptyBatchError();
  const now = clock.now();
  return ctx.transaction(async ({ tx, audit }) => {
    const repository = createDevicesRepository({ db: tx });
    const { existing } = await repository.findExistingSerials({
      tenantId,
      serials: entries.map((entry) => entry.serial),
    });
    const seen = new Map<string, number>();
    const problems: {
      row: number;
      serial: string;
      reason: 'repeated_in_batch' | 'already_in_stock';
      firstRow?: number;
    }[] = [];
    for (const entry of entries) {
      const key = entry.serial.toUpperCase();
      const firstRow = seen.get(key);
      if (existing.has(entry.serial))
        problems.push({ row: entry.row, serial: entry.serial, reason: 'already_in_stock' });
      else if (firstRow !== undefined)
        problems.push({ row: entry.row, serial: entry.serial, reason: 'repeated_in_batch', firstRow });
      else seen.set(key, entry.row);
    }
    if (problems.length > 0) throw createDuplicateSerialError({ details: { rows: problems } });
    const { programme } = await createIntakeRepository({ db: tx }).findActiveProgramme({ tenantId });
    const { devices } = await repository.insertDevices({
      devices: entries.map((entry) => ({
        tenantId,
        serial: entry.serial,
        model: input.model,
        funding: input.funding ?? null,
        programmeId: programme?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })),
    });
    await repository.insertEvents({
      events: devices.map((device) => ({
        tenantId,
        deviceId: device.id,
        fromStatus: null,
        toStatus: 'in_stock' as const,
        actorUserId: ctx.actor.user.id,
        reason: input.funding ?? null,
        at: now,
      })),
    });
    await audit({
      action: 'device.batch_received',
      resource: `devices:${devices.length}`,
    });
    return {
      received: devices.length,
      devices: devices.map((device) => toView({ device, holderName: null, holderFileNumber: null })),
    };
  });
}

/**
 * One audit row per client a device list or page names: like a list of learners, it shows whose
 * laptop each one is, so each of those clients' data was read.
 */
async function auditClientsShown({
  ctx,
  clientIds,
  resource,
  purpose,
}: TenantArgs<{ clientIds: (string | null)[]; resource: string; purpose: string }>) {
  const shown = [...new Set(clientIds.filter((id): id is string => id !== null))];
  await ctx.auditEach({
    records: shown.map((clientId) => ({ clientId, action: 'device.read', resource, purpose })),
  });
}

/** A page of the inventory; each client named as a holder on it is audited as read. */
export async function listDevices({
  ctx,
  query,
}: TenantArgs<{ query: z.output<typeof DeviceListQuerySchema> }>): Promise<DeviceList> {
  const { db, tenantId } = ctx;
  const { rows, total, models, counts } = await createDevicesRepository({ db }).listDevices({
    tenantId,
    ...query,
  });
  const items = rows.map(toView);
  await auditClientsShown({
    ctx,
    clientIds: items.map((item) => item.holder?.id ?? null),
    resource: 'devices',
    purpose: 'device_list',
  });
  return { items, total, models, counts };
}

/** A device and its history; the holder and every client its history names are audited as read. */
export async function getDevice({ ctx, deviceId }: TenantArgs<{ deviceId: string }>): Promise<DeviceDetail> {
  const { db, tenantId } = ctx;
  if (!isIdOf({ kind: 'device', value: deviceId })) throw createDeviceNotFoundError();
  const repository = createDevicesRepository({ db });
  const { row } = await repository.findDevice({ tenantId, deviceId });
  if (!row) throw createDeviceNotFoundError();
  const { rows } = await repository.listHistory({ tenantId, deviceId });
  const device = toView(row);
  await auditClientsShown({
    ctx,
    clientIds: [
      device.holder?.id ?? null,
      ...rows.map(({ event, clientName }) => (clientName ? event.clientId : null)),
    ],
    resource: `device:${device.id}`,
    purpose: 'device_page',
  });
  return {
    device,
    history: rows.map(({ event, clientName, actorName }) => ({
      id: event.id,
      at: event.at.toISOString(),
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      clientId: event.clientId,
      clientName,
      actorName,
      reason: event.reason,
      signatureMethod: event.signatureMethod,
    })),
  };
}

const ACTIONS: Record<DeviceCommand['type'], string> = {
  reserve: 'device.reserve',
  cancel_reservation: 'device.cancel_reservation',
  hand_out: 'device.hand_out',
  return: 'device.return',
  report_defective: 'device.report_defective',
  report_lost: 'device.report_lost',
  restock: 'device.restock',
};

/**
 * Applies one change to a device in one transaction: the domain decides from the state read, the
 * conditional update makes sure the state did not change meanwhile, the history and the audit row are
 * written with it. A reservation needs a client whose intake is approved.
 */
export async function transitionDevice({
  ctx,
  deviceId,
  input,
}: TenantArgs<{ deviceId: string; input: z.output<typeof DeviceTransitionSchema> }>): Promise<{
  device: DeviceView;
}> {
  const { clock, tenantId } = ctx;
  if (!isIdOf({ kind: 'device', value: deviceId })) throw createDeviceNotFoundError();
  if (input.type === 'hand_out' && input.signatureMethod === 'screen' && !input.signaturePng) {
    throw createSignatureMissingError();
  }
  const now = clock.now();
  return ctx.transaction(async ({ tx, audit }) => {
    const repository = createDevicesRepository({ db: tx });
    const { row } = await repository.findDevice({ tenantId, deviceId });
    if (!row) throw createDeviceNotFoundError();
    const current = row.device;

    if (input.type === 'reserve') {
      const { client } = await requireTenantClient({ db: tx, tenantId, clientId: input.clientId });
      const { approved } = await repository.isClientApproved({ tenantId, clientId: client.id });
      if (!approved) throw createClientNotApprovedError();
    }

    const { clientId: lastClientId } = await repository.lastClientOf({ deviceId });
    const command: DeviceCommand =
      input.type === 'reserve'
        ? { type: 'reserve', clientId: input.clientId }
        : input.type === 'hand_out'
          ? { type: 'hand_out', clientId: current.holderClientId ?? '' }
          : input.type === 'report_defective'
            ? { type: 'report_defective', note: input.note }
            : { type: input.type };
    const outcome = decideDevice({ device: toDomainDevice({ row: current, lastClientId }), command, now });
    if (!outcome.ok) {
      const [reason] = outcome.reasons;
      throw createDeviceTransitionRefusedError({
        code: reason?.code ?? 'device.conflict',
        status: current.status,
      });
    }
    const next = outcome.device;
    const to: DeviceStatus = next.status;
    const holder = next.status === 'reserved' || next.status === 'handed_out' ? next.holder : null;
    const { moved } = await repository.moveDevice({
      tenantId,
      deviceId,
      from: current.status,
      to,
      holderClientId: holder,
      reservedAt: next.status === 'reserved' || next.status === 'handed_out' ? next.reservedAt : null,
      handedOutAt: next.status === 'handed_out' ? next.handedOutAt : null,
      now,
    });
    if (!moved) {
      throw createDeviceTransitionRefusedError({
        code: input.type === 'reserve' ? 'device.not_in_stock' : 'device.changed_meanwhile',
      });
    }
    const clientId = holder ?? current.holderClientId ?? lastClientId;
    const reason =
      input.type === 'report_defective'
        ? input.note
        : 'reason' in input && input.reason
          ? input.reason
          : null;
    await repository.insertEvents({
      events: [
        {
          tenantId,
          deviceId,
          fromStatus: current.status,
          toStatus: to,
          clientId,
          actorUserId: ctx.actor.user.id,
          reason,
          signatureMethod: input.type === 'hand_out' ? input.signatureMethod : null,
          signaturePng:
            input.type === 'hand_out' && input.signatureMethod === 'screen'
              ? (input.signaturePng ?? null)
              : null,
          at: now,
        },
      ],
    });
    // A laptop no longer waiting to be picked up needs no pickup reminders.
    if (current.status === 'reserved' && to !== 'reserved' && current.holderClientId) {
      await planAppointmentMessages({
        db: tx,
        kind: 'pickup',
        subject: `device:${deviceId}`,
        orgId: ctx.actor.organisation.id,
        programmeId: null,
        clientIds: [current.holderClientId],
        startsAt: null,
        reason: `pickup.${to}`,
        now,
        timeZone: DEFAULT_TIME_ZONE,
      });
    }
    await audit({
      clientId,
      action: ACTIONS[input.type],
      resource: `device:${deviceId}`,
    });
    const { row: updated } = await repository.findDevice({ tenantId, deviceId });
    return { device: toView(updated!) };
  });
}

/**
 * Books (or moves) the appointment to pick up a reserved laptop. Only a reserved device takes one;
 * the follow-up rule keeps counting from the reservation, so a booking does not hide an overdue pickup.
 */
export async function bookPickup({
  ctx,
  timeZone,
  deviceId,
  input,
}: TenantArgs<{ timeZone: string; deviceId: string; input: PickupAppointment }>): Promise<{
  result: PickupAppointmentResult;
}> {
  const { clock, tenantId } = ctx;
  if (!isIdOf({ kind: 'device', value: deviceId })) throw createDeviceNotFoundError();
  const pickupAt = new Date(input.pickupAt);
  return ctx.transaction(async ({ tx, audit }) => {
    const [device] = await tx
      .update(devicesTable)
      .set({ pickupAt, updatedAt: clock.now() })
      .where(
        and(
          eq(devicesTable.tenantId, tenantId),
          eq(devicesTable.id, deviceId),
          eq(devicesTable.status, 'reserved'),
        ),
      )
      .returning({ id: devicesTable.id, holderClientId: devicesTable.holderClientId });
    if (!device) {
      const [existing] = await tx
        .select({ status: devicesTable.status })
        .from(devicesTable)
        .where(and(eq(devicesTable.tenantId, tenantId), eq(devicesTable.id, deviceId)));
      if (!existing) throw createDeviceNotFoundError();
      throw createDeviceTransitionRefusedError({ code: 'device.not_reserved', status: existing.status });
    }
    // The client's reminders of the appointment, in this transaction (a new time replaces the old ones).
    if (device.holderClientId) {
      await planAppointmentMessages({
        db: tx,
        kind: 'pickup',
        subject: `device:${device.id}`,
        orgId: ctx.actor.organisation.id,
        orgName: PROGRAMME_SENDER_NAME,
        programmeId: null,
        clientIds: [device.holderClientId],
        startsAt: pickupAt,
        now: clock.now(),
        timeZone,
      });
    }
    await audit({
      clientId: device.holderClientId,
      action: 'device.pickup_booked',
      resource: `device:${device.id}`,
    });
    return { result: { deviceId: device.id, pickupAt: pickupAt.toISOString() } };
  });
}
