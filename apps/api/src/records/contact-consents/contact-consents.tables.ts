import { MESSAGE_CHANNELS } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '../../ground/organisations/organisations.tables';
import { timestampColumn } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientIdColumn } from '../clients/clients.tables';

/**
 * Whether a client agreed to be reached by a channel (SMS, e-mail, letter), when and by whom that was
 * recorded (GDPR: consent is shown, dated and attributable), and which channel they prefer. One row
 * per client and channel; a channel never asked about has no row. At most one preferred channel.
 */
export const contactConsentsTable = pgTable(
  'contact_consents',
  {
    tenantId: tenantIdColumn(),
    clientId: clientIdColumn(),
    channel: text('channel', { enum: MESSAGE_CHANNELS }).notNull(),
    consented: boolean('consented').notNull(),
    preferred: boolean('preferred').notNull().default(false),
    recordedAt: timestampColumn('recorded_at').notNull(),
    /** The user who recorded it (kept as text: the user may later be removed, the record stays). */
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    primaryKey({ name: 'contact_consents_pk', columns: [t.clientId, t.channel] }),
    check('contact_consents_channel_valid', sqlIn('channel', MESSAGE_CHANNELS)),
    uniqueIndex('contact_consents_one_preferred').on(t.clientId).where(sql`${t.preferred}`),
  ],
);
