import { DEVICE_STATUSES } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantRowColumns } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientsTable } from '../clients/clients.tables';
import { programmesTable } from '../programmes/programmes.tables';

export const DEVICE_HOLDING_STATUSES = ['reserved', 'handed_out'] as const;

/** How the client signed the receipt at handout: on paper (kept in the file) or drawn on a screen. */
export const SIGNATURE_METHODS = ['paper', 'screen'] as const;

/**
 * A laptop in a tenant's inventory. The database holds the two invariants: a reserved or handed-out
 * device has a holder and no other state has one (CHECK), and a client holds at most one such device
 * (partial unique index). A device has a single holder column, so it can never have two.
 */
export const devicesTable = pgTable(
  'devices',
  {
    ...tenantRowColumns('device'),
    serial: text('serial').notNull(),
    model: text('model').notNull(),
    funding: text('funding'),
    programmeId: text('programme_id').references(() => programmesTable.id),
    status: text('status', { enum: DEVICE_STATUSES }).notNull().default('in_stock'),
    holderClientId: text('holder_client_id').references(() => clientsTable.id),
    reservedAt: timestampColumn('reserved_at'),
    handedOutAt: timestampColumn('handed_out_at'),
    /** The appointment to pick up a reserved laptop; any status change clears it. */
    pickupAt: timestampColumn('pickup_at'),
    ...timestampColumns(),
  },
  (t) => [
    unique('devices_tenant_serial_unique').on(t.tenantId, t.serial),
    check('devices_status_valid', sqlIn('status', DEVICE_STATUSES)),
    check(
      'devices_holder_matches_status',
      sql`(${sqlIn('status', DEVICE_HOLDING_STATUSES)}) = (${t.holderClientId} IS NOT NULL)`,
    ),
    uniqueIndex('devices_one_active_per_client')
      .on(t.holderClientId)
      .where(sql`${sqlIn('status', DEVICE_HOLDING_STATUSES)}`),
    index('devices_tenant_status_idx').on(t.tenantId, t.status),
    check('devices_pickup_only_reserved', sql`${t.pickupAt} IS NULL OR ${t.status} = 'reserved'`),
  ],
);

/** The history of a device: every status change, by whom, for which client and why. */
export const deviceEventsTable = pgTable(
  'device_events',
  {
    ...tenantRowColumns('deviceEvent'),
    deviceId: referenceColumn('device_id', () => devicesTable.id),
    fromStatus: text('from_status', { enum: DEVICE_STATUSES }),
    toStatus: text('to_status', { enum: DEVICE_STATUSES }).notNull(),
    clientId: text('client_id').references(() => clientsTable.id),
    actorUserId: text('actor_user_id'),
    reason: text('reason'),
    /** Set on the handout event only: how the receipt was signed, and the drawn signature as a PNG data URL. */
    signatureMethod: text('signature_method', { enum: SIGNATURE_METHODS }),
    signaturePng: text('signature_png'),
    at: timestampColumn('at').notNull().defaultNow(),
  },
  (t) => [
    check('device_events_to_status_valid', sqlIn('to_status', DEVICE_STATUSES)),
    check(
      'device_events_signature_valid',
      sql`${t.signatureMethod} IS NULL OR (${sqlIn('signature_method', SIGNATURE_METHODS)} AND (${t.signatureMethod} = 'screen') = (${t.signaturePng} IS NOT NULL))`,
    ),
    index('device_events_device_at_idx').on(t.deviceId, t.at),
    index('device_events_client_idx').on(t.clientId),
  ],
);
