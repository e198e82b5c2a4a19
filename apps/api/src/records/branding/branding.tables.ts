import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { timestampColumns } from '../../ground/shared/columns';

/**
 * What a welfare centre prints on its client documents: name, logo, contact, address and footer,
 * and the phone numbers its clients call for each partner organisation (a partner serving several
 * tenants may give each its own line).
 */
export const tenantBrandingTable = pgTable(
  'tenant_branding',
  {
    tenantId: text('tenant_id')
      .primaryKey()
      .references(() => tenantsTable.id),
    name: text('name').notNull(),
    /** The logo as base64 PNG; small (validated), printed in every page header. */
    logoPngBase64: text('logo_png_base64'),
    contactPhone: text('contact_phone').notNull(),
    contactEmail: text('contact_email'),
    footer: text('footer').notNull(),
    address: text('address'),
    /** Organisation id -> phone number printed for that partner. */
    partnerPhones: jsonb('partner_phones').$type<Record<string, string>>().notNull().default({}),
    ...timestampColumns(),
  },
  (t) => [
    check('tenant_branding_name_not_empty', sql`length(${t.name}) > 0`),
    check(
      'tenant_branding_logo_size',
      sql`${t.logoPngBase64} IS NULL OR length(${t.logoPngBase64}) <= 400000`,
    ),
  ],
);
