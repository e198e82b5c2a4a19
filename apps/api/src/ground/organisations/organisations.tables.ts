import { ORG_KINDS } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { idColumn, referenceColumn, timestampColumns } from '../shared/columns';
import type { IdKind } from '../shared/ids';
import { sqlIn } from '../shared/sql';

/** What a tenant shows on its documents and portals. */
export type TenantBranding = { logo?: string; contactPhone?: string; footer?: string };

/** One welfare centre (OCMW): the unit of isolation. */
export const tenantsTable = pgTable(
  'tenants',
  {
    id: idColumn({ kind: 'tenant' }),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    branding: jsonb('branding').$type<TenantBranding>().notNull().default({}),
    /** How long a client's data is kept after their trajectory ended, before it is anonymised. */
    retentionMonths: integer('retention_months').notNull().default(60),
    /**
     * Whether the welfare roles must sign in with a second factor; null follows the deployment's
     * default (on in production, off elsewhere).
     */
    secondFactorRequired: boolean('second_factor_required'),
    ...timestampColumns(),
  },
  (t) => [
    unique('tenants_slug_unique').on(t.slug),
    check('tenants_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('tenants_retention_months_range', sql`${t.retentionMonths} BETWEEN 12 AND 120`),
  ],
);

/** The tenant a row belongs to: every tenant-owned table has it, and row-level security filters on it. */
export const tenantIdColumn = () => referenceColumn('tenant_id', () => tenantsTable.id);

/** The columns a tenant-owned row starts with: its own id (of `kind`) and the tenant it belongs to. */
export const tenantRowColumns = (kind: IdKind) => ({ id: idColumn({ kind }), tenantId: tenantIdColumn() });

/**
 * An organisation: the welfare centre of a tenant, or a partner (home help, training) that can serve
 * several tenants. A welfare organisation belongs to exactly one tenant; partners belong to none.
 */
export const organisationsTable = pgTable(
  'organisations',
  {
    id: idColumn({ kind: 'organisation' }),
    kind: text('kind', { enum: ORG_KINDS }).notNull(),
    name: text('name').notNull(),
    tenantId: text('tenant_id').references(() => tenantsTable.id),
    ...timestampColumns(),
  },
  (t) => [
    check('organisations_kind_valid', sqlIn('kind', ORG_KINDS)),
    check('organisations_welfare_has_tenant', sql`(${t.kind} = 'welfare') = (${t.tenantId} IS NOT NULL)`),
    // Lets users and partnerships reference (id, kind) so the database checks the kind they expect.
    unique('organisations_id_kind_unique').on(t.id, t.kind),
    uniqueIndex('organisations_one_welfare_per_tenant').on(t.tenantId).where(sql`${t.kind} = 'welfare'`),
  ],
);

/**
 * A foreign key from a row's (organisation id, organisation kind) columns to the organisation's
 * (id, kind): the database refuses an organisation of another kind than the one the row expects.
 */
export const orgKindForeignKey = (name: string, columns: [AnyPgColumn, AnyPgColumn]) =>
  foreignKey({ name, columns, foreignColumns: [organisationsTable.id, organisationsTable.kind] });

export const PARTNERSHIP_KINDS = ['home_help', 'training'] as const;

/** A partner organisation working for a tenant; the partner sees only what the tenant gives it. */
export const partnershipsTable = pgTable(
  'partnerships',
  {
    ...tenantRowColumns('partnership'),
    partnerOrgId: text('partner_org_id').notNull(),
    kind: text('kind', { enum: PARTNERSHIP_KINDS }).notNull(),
    ...timestampColumns(),
  },
  (t) => [
    check('partnerships_kind_valid', sqlIn('kind', PARTNERSHIP_KINDS)),
    orgKindForeignKey('partnerships_partner_org_kind_fk', [t.partnerOrgId, t.kind]),
    unique('partnerships_tenant_partner_kind_unique').on(t.tenantId, t.partnerOrgId, t.kind),
    index('partnerships_partner_org_idx').on(t.partnerOrgId),
  ],
);
