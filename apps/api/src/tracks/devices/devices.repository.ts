import type { DeviceStatus } from '@digipakket/domain';
import { and, asc, count, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { inTenant, refuseDuplicate } from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { usersTable } from '../../records/users/users.tables';
import { createDuplicateSerialError } from './devices.errors';
import { createDeviceMovesRepository } from './devices.moves.repository';

export type DeviceRow = typeof devicesTable.$inferSelect;
export type DeviceEventRow = typeof deviceEventsTable.$inferInsert;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

const deviceColumns = {
  device: devicesTable,
  holderName: sql<string | null>`${clientsTable.firstName} || ' ' || ${clientsTable.lastName}`,
  holderFileNumber: clientsTable.fileNumber,
};

/** A tenant's laptops in stock, their history and their moves between stock and clients. */
export function createDevicesRepository({ db }: { db: Database }) {
  return {
    ...createDeviceMovesRepository({ db }),

    async findExistingSerials({ tenantId, serials }: { tenantId: string; serials: string[] }) {
      if (serials.length === 0) return { existing: new Set<string>() };
      const rows = await db
        .select({ serial: devicesTable.serial })
        .from(devicesTable)
        .where(inTenant(devicesTable, tenantId, inArray(devicesTable.serial, serials)));
      return { existing: new Set(rows.map((row) => row.serial)) };
    },

    async insertDevices({ devices }: { devices: (typeof devicesTable.$inferInsert)[] }) {
      const rows = await db
        .insert(devicesTable)
        .values(devices)
        .returning()
        .catch(refuseDuplicate('devices_tenant_serial_unique', createDuplicateSerialError));
      return { devices: rows };
    },

    async insertEvents({ events }: { events: DeviceEventRow[] }) {
      if (events.length > 0) await db.insert(deviceEventsTable).values(events);
    },

    async listDevices({
      tenantId,
      status,
      model,
      q,
      limit,
      offset,
    }: {
      tenantId: string;
      status?: DeviceStatus | undefined;
      model?: string | undefined;
      q?: string | undefined;
      limit: number;
      offset: number;
    }) {
      const conditions: SQL[] = [eq(devicesTable.tenantId, tenantId)];
      if (status) conditions.push(eq(devicesTable.status, status));
      if (model) conditions.push(eq(devicesTable.model, model));
      if (q) conditions.push(like(sql`upper(${devicesTable.serial})`, `${escapeLike(q.toUpperCase())}%`));
      const where = and(...conditions);
      const [rows, total, models, counts] = await Promise.all([
        db
          .select(deviceColumns)
          .from(devicesTable)
          .leftJoin(clientsTable, eq(clientsTable.id, devicesTable.holderClientId))
          .where(where)
          .orderBy(asc(devicesTable.serial))
          .limit(limit)
          .offset(offset),
        db.$count(devicesTable, where),
        db
          .selectDistinct({ model: devicesTable.model })
          .from(devicesTable)
          .where(eq(devicesTable.tenantId, tenantId))
          .orderBy(asc(devicesTable.model)),
        db
          .select({ status: devicesTable.status, n: count() })
          .from(devicesTable)
          .where(eq(devicesTable.tenantId, tenantId))
          .groupBy(devicesTable.status),
      ]);
      return {
        rows,
        total,
        models: models.map((row) => row.model),
        counts: Object.fromEntries(counts.map((row) => [row.status, row.n])),
      };
    },

    async findDevice({ tenantId, deviceId }: { tenantId: string; deviceId: string }) {
      const [row] = await db
        .select(deviceColumns)
        .from(devicesTable)
        .leftJoin(clientsTable, eq(clientsTable.id, devicesTable.holderClientId))
        .where(inTenant(devicesTable, tenantId, eq(devicesTable.id, deviceId)))
        .limit(1);
      return { row };
    },

    async listHistory({ tenantId, deviceId }: { tenantId: string; deviceId: string }) {
      const rows = await db
        .select({
          event: deviceEventsTable,
          clientName: sql<string | null>`${clientsTable.firstName} || ' ' || ${clientsTable.lastName}`,
          actorName: usersTable.displayName,
        })
        .from(deviceEventsTable)
        .leftJoin(clientsTable, eq(clientsTable.id, deviceEventsTable.clientId))
        .leftJoin(usersTable, eq(usersTable.id, deviceEventsTable.actorUserId))
        .where(inTenant(deviceEventsTable, tenantId, eq(deviceEventsTable.deviceId, deviceId)))
        .orderBy(desc(deviceEventsTable.at), desc(deviceEventsTable.id));
      return { rows };
    },
  };
}
