import type { DeviceStatus } from '@digipakket/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { inTenant, ofClient, refuseDuplicate } from '../../ground/database/query-helpers';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { approvedAndOpen } from '../intake/intake.repository';
import { intakesTable } from '../intake/intake.tables';
import { createClientAlreadyHoldsError } from './devices.errors';

/** Moving a laptop between the stock and a client: who may get one, the move itself and the last holder. */
export function createDeviceMovesRepository({ db }: { db: Database }) {
  return {
    async isClientApproved({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const approved = await db.$count(
        intakesTable,
        ofClient(intakesTable, { tenantId, clientId }, approvedAndOpen),
      );
      return { approved: approved > 0 };
    },

    /**
     * Moves a device from one state to the next only if it is still in the state we read: under
     * concurrent requests exactly one wins, the others update nothing. The partial unique index on
     * the holder refuses a second laptop for the same client.
     */
    async moveDevice({
      tenantId,
      deviceId,
      from,
      to,
      holderClientId,
      reservedAt,
      handedOutAt,
      now,
    }: {
      tenantId: string;
      deviceId: string;
      from: DeviceStatus;
      to: DeviceStatus;
      holderClientId: string | null;
      reservedAt: Date | null;
      handedOutAt: Date | null;
      now: Date;
    }) {
      const rows = await db
        .update(devicesTable)
        .set({ status: to, holderClientId, reservedAt, handedOutAt, pickupAt: null, updatedAt: now })
        .where(inTenant(devicesTable, tenantId, eq(devicesTable.id, deviceId), eq(devicesTable.status, from)))
        .returning({ id: devicesTable.id })
        .catch(refuseDuplicate('devices_one_active_per_client', createClientAlreadyHoldsError));
      return { moved: rows.length === 1 };
    },

    async lastClientOf({ deviceId }: { deviceId: string }) {
      const [row] = await db
        .select({ clientId: deviceEventsTable.clientId })
        .from(deviceEventsTable)
        .where(and(eq(deviceEventsTable.deviceId, deviceId), sql`${deviceEventsTable.clientId} IS NOT NULL`))
        .orderBy(desc(deviceEventsTable.at))
        .limit(1);
      return { clientId: row?.clientId ?? null };
    },
  };
}
