import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { tenantRowColumns } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import type { IdKind } from '../../ground/shared/ids';

/** Who lives with the client; used for "one laptop per household" and the intake. */
export type Household = { adults?: number; children?: number; hasUsableLaptop?: boolean; note?: string };

/**
 * A person helped by the welfare centre. Name search uses a trigram index (pg_trgm, led by the
 * tenant through btree_gin) on `search_name`, the accent-free lower-cased "first last" the
 * repository queries.
 */
export const clientsTable = pgTable(
  'clients',
  {
    ...tenantRowColumns('client'),
    fileNumber: text('file_number').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    nationalNumber: text('national_number'),
    phone: text('phone'),
    phoneDigits: text('phone_digits').generatedAlwaysAs(
      sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`,
    ),
    /**
     * "first last" without accents and in lower case, as the domain's `normaliseNameForSearch` writes
     * it: search and duplicate matching compare this column, so "Lopez" finds "López".
     */
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs(
        sql`lower(regexp_replace(normalize(first_name || ' ' || last_name, NFD), '[\\u0300-\\u036f]', '', 'g'))`,
      ),
    email: text('email'),
    preferredLanguage: text('preferred_language').notNull(),
    needsInterpreter: boolean('needs_interpreter').notNull().default(false),
    street: text('street'),
    postcode: text('postcode'),
    city: text('city'),
    neighbourhood: text('neighbourhood'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    household: jsonb('household').$type<Household>().notNull().default({}),
    createdBy: text('created_by'),
    /** Set when the personal data was erased (retention period over, or on request); never cleared. */
    anonymisedAt: timestampColumn('anonymised_at'),
    ...timestampColumns(),
  },
  (t) => [
    unique('clients_tenant_file_number_unique').on(t.tenantId, t.fileNumber),
    check('clients_postcode_format', sql`${t.postcode} IS NULL OR ${t.postcode} ~ '^[1-9][0-9]{3}$'`),
    check('clients_language_format', sql`${t.preferredLanguage} ~ '^[a-z]{2,3}$'`),
    check('clients_lat_lon_together', sql`(${t.lat} IS NULL) = (${t.lon} IS NULL)`),
    check('clients_names_not_empty', sql`length(${t.firstName}) > 0 AND length(${t.lastName}) > 0`),
    unique('clients_tenant_national_number_unique').on(t.tenantId, t.nationalNumber),
    index('clients_tenant_name_idx').on(t.tenantId, t.lastName, t.firstName),
    index('clients_tenant_phone_idx').on(t.tenantId, t.phoneDigits),
    index('clients_tenant_search_name_trgm_idx').using('gin', t.tenantId, t.searchName.op('gin_trgm_ops')),
    index('clients_tenant_neighbourhood_idx').on(t.tenantId, t.neighbourhood),
  ],
);

/** The client a row is about. */
export const clientIdColumn = () => referenceColumn('client_id', () => clientsTable.id);

/** The columns a row about one client starts with: its own id (of `kind`), its tenant and the client. */
export const clientRowColumns = (kind: IdKind) => ({ ...tenantRowColumns(kind), clientId: clientIdColumn() });
