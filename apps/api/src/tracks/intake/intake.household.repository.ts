import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, inTenant } from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';

/** Whether a client or their household already has a laptop, which the intake's verdict takes into account. */
export function createIntakeHouseholdRepository({ db }: { db: Database }) {
  return {
    /**
     * Whether the client, or anyone registered at the same address, ever received a laptop: one
     * laptop per household, across this and earlier programmes of the tenant.
     */
    async isHouseholdEquipped({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const [client] = await db
        .select({ street: clientsTable.street, postcode: clientsTable.postcode })
        .from(clientsTable)
        .where(inTenant(clientsTable, tenantId, eq(clientsTable.id, clientId)));
      const streetKey = (client?.street ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
      const household = db
        .select({ id: clientsTable.id })
        .from(clientsTable)
        .where(
          and(
            eq(clientsTable.tenantId, tenantId),
            streetKey && client?.postcode
              ? sql`(${clientsTable.id} = ${clientId} OR (regexp_replace(lower(coalesce(${clientsTable.street}, '')), '[^a-z0-9]', '', 'g') = ${streetKey} AND ${clientsTable.postcode} = ${client.postcode}))`
              : eq(clientsTable.id, clientId),
          ),
        );
      const handedOut = await db.$count(
        deviceEventsTable,
        columnsEqual(
          deviceEventsTable,
          { tenantId, toStatus: 'handed_out' },
          inArray(deviceEventsTable.clientId, household),
        ),
      );
      return { equipped: handedOut > 0 };
    },

    async clientHoldsDevice({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const held = await db.$count(
        devicesTable,
        inTenant(devicesTable, tenantId, eq(devicesTable.holderClientId, clientId)),
      );
      return { holds: held > 0 };
    },
  };
}
