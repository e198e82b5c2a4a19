import type { OrgKind } from '@digipakket/domain';
import { and, asc, eq, or } from 'drizzle-orm';
import type { Database } from '../database/database';
import { findOne, insertOne, refuseDuplicate } from '../database/query-helpers';
import {
  createPartnershipExistsError,
  createTenantSlugTakenError,
  createWelfareOrganisationExistsError,
} from './organisations.errors';
import {
  organisationsTable,
  partnershipsTable,
  type TenantBranding,
  tenantsTable,
} from './organisations.tables';

export function createOrganisationsRepository({ db }: { db: Database }) {
  return {
    /** The partner organisations that work for the tenant, by kind and name. */
    async listPartners({ tenantId }: { tenantId: string }) {
      const partners = await db
        .select({ id: organisationsTable.id, name: organisationsTable.name, kind: partnershipsTable.kind })
        .from(partnershipsTable)
        .innerJoin(
          organisationsTable,
          and(
            eq(organisationsTable.id, partnershipsTable.partnerOrgId),
            eq(organisationsTable.kind, partnershipsTable.kind),
          ),
        )
        .where(eq(partnershipsTable.tenantId, tenantId))
        .orderBy(asc(partnershipsTable.kind), asc(organisationsTable.name), asc(organisationsTable.id));
      return { partners };
    },

    async insertTenant({
      name,
      slug,
      branding = {},
    }: {
      name: string;
      slug: string;
      branding?: TenantBranding;
    }) {
      const tenant = await insertOne(db, tenantsTable, { name, slug, branding }).catch(
        refuseDuplicate('tenants_slug_unique', createTenantSlugTakenError),
      );
      return { tenant };
    },

    /** A tenant by id or slug. */
    async findTenant({ ref }: { ref: string }) {
      return {
        tenant: await findOne(db, tenantsTable, or(eq(tenantsTable.id, ref), eq(tenantsTable.slug, ref))!),
      };
    },

    async insertOrganisation({
      kind,
      name,
      tenantId,
    }: {
      kind: OrgKind;
      name: string;
      tenantId: string | null;
    }) {
      const organisation = await insertOne(db, organisationsTable, { kind, name, tenantId }).catch(
        refuseDuplicate('organisations_one_welfare_per_tenant', createWelfareOrganisationExistsError),
      );
      return { organisation };
    },

    /** An organisation by id, or by exact name when that name is unambiguous. */
    async findOrganisation({ ref }: { ref: string }) {
      const rows = await db
        .select()
        .from(organisationsTable)
        .where(or(eq(organisationsTable.id, ref), eq(organisationsTable.name, ref)))
        .limit(2);
      return { organisation: rows.length === 1 ? rows[0] : rows.find((row) => row.id === ref) };
    },

    async insertPartnership({
      tenantId,
      partnerOrgId,
      kind,
    }: {
      tenantId: string;
      partnerOrgId: string;
      kind: 'home_help' | 'training';
    }) {
      const partnership = await insertOne(db, partnershipsTable, { tenantId, partnerOrgId, kind }).catch(
        refuseDuplicate('partnerships_tenant_partner_kind_unique', createPartnershipExistsError),
      );
      return { partnership };
    },
  };
}
