import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsOf, inTenant } from '../../ground/database/query-helpers';
import { organisationsTable, partnershipsTable } from '../../ground/organisations/organisations.tables';
import { createBrandingRepository } from '../../records/branding/branding.repository';
import { clientsTable } from '../../records/clients/clients.tables';
import { createDigipuntenRepository } from '../../records/digipunten/digipunten.repository';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { approvedAndOpen } from '../../tracks/intake/intake.repository';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { loadClientSources } from './documents.sources.repository';

/** What every pack of one tenant shares: branding, partners, programmes and the Digipunten directory. */
export type TenantDocumentContext = Awaited<
  ReturnType<ReturnType<typeof createDocumentsRepository>['loadTenantContext']>
>;

/** The facts of one client a pack is made from, straight from the tables. */
export type ClientDocumentSources = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createDocumentsRepository>['loadClientSources']>>
>;

/** What the documents are made from: the tenant's shared context, one client's facts, who gets a pack. */
export function createDocumentsRepository({ db }: { db: Database }) {
  return {
    async loadTenantContext({ tenantId }: { tenantId: string }) {
      const { branding, partnerPhones } = await createBrandingRepository({ db }).getDocumentBranding({
        tenantId,
      });
      const { points } = await createDigipuntenRepository({ db }).listDirectory({ tenantId });
      const programmes = await db
        .select(columnsOf(programmesTable, ['id', 'status', 'settings', 'homeHelpOrgId', 'trainingOrgId']))
        .from(programmesTable)
        .where(eq(programmesTable.tenantId, tenantId))
        .orderBy(asc(programmesTable.createdAt));
      const partners = await db
        .select({ id: organisationsTable.id, name: organisationsTable.name })
        .from(partnershipsTable)
        .innerJoin(organisationsTable, eq(organisationsTable.id, partnershipsTable.partnerOrgId))
        .where(eq(partnershipsTable.tenantId, tenantId));
      return {
        branding,
        partnerPhones,
        digipunten: points,
        programmes,
        partnerNames: new Map(partners.map((partner) => [partner.id, partner.name])),
      };
    },

    /** One client's facts, or undefined when the client is not in the tenant. */
    loadClientSources: (args: { tenantId: string; clientId: string; today: string }) =>
      loadClientSources({ db, ...args }),

    /** The clients of a wave whose intake is approved and not closed, by name. */
    async listWaveClientIds({ tenantId, waveId }: { tenantId: string; waveId: string }) {
      const rows = await db
        .select({ id: clientsTable.id })
        .from(intakesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, intakesTable.clientId))
        .where(inTenant(intakesTable, tenantId, eq(intakesTable.waveId, waveId), approvedAndOpen))
        .orderBy(asc(clientsTable.lastName), asc(clientsTable.firstName), asc(clientsTable.id));
      return { clientIds: rows.map((row) => row.id) };
    },

    /** The given clients that are in the tenant, by name. */
    async listTenantClientIds({ tenantId, clientIds }: { tenantId: string; clientIds: string[] }) {
      const rows = await db
        .select({ id: clientsTable.id })
        .from(clientsTable)
        .where(inTenant(clientsTable, tenantId, inArray(clientsTable.id, clientIds)))
        .orderBy(asc(clientsTable.lastName), asc(clientsTable.firstName), asc(clientsTable.id));
      return { clientIds: rows.map((row) => row.id) };
    },
  };
}
