import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '../../ground/organisations/organisations.tables';
import { timestampColumns } from '../../ground/shared/columns';

/**
 * A tenant's Digipunten directory, as last imported (docs/digipunten-format.md). An import replaces
 * the whole directory, so a row is identified by its place in the imported file.
 */
export const digipuntenTable = pgTable(
  'digipunten',
  {
    tenantId: tenantIdColumn(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    neighbourhood: text('neighbourhood'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    openingHours: text('opening_hours').notNull(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    phone: text('phone'),
    ...timestampColumns(),
  },
  (t) => [
    primaryKey({ name: 'digipunten_pkey', columns: [t.tenantId, t.position] }),
    check('digipunten_lat_lon_together', sql`(${t.lat} IS NULL) = (${t.lon} IS NULL)`),
    check('digipunten_postcode_format', sql`${t.postcode} ~ '^[0-9]{4}$'`),
    index('digipunten_tenant_neighbourhood_idx').on(t.tenantId, t.neighbourhood),
  ],
);
