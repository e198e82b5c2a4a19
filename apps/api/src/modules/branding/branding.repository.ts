import { eq } from 'drizzle-orm';
import type { Database } from '../app/database';
import type { Branding } from '../documents/documents.types';
import { tenantsTable } from '../organisations/organisations.tables';
import { type TenantBranding, TenantBrandingSchema } from './branding.schemas';
import { tenantBrandingTable } from './branding.tables';

export function createBrandingRepository({ db }: { db: Database }) {
  return {
    /** Saves a tenant's branding (validated), replacing the previous one. */
    async saveBranding({ tenantId, branding }: { tenantId: string; branding: TenantBranding }) {
      const row = { tenantId, ...TenantBrandingSchema.parse(branding) };
      const values = {
        ...row,
        logoPngBase64: row.logoPngBase64 ?? null,
        contactEmail: row.contactEmail ?? null,
        address: row.address ?? null,
      };
      await db
        .insert(tenantBrandingTable)
        .values(values)
        .onConflictDoUpdate({
          target: tenantBrandingTable.tenantId,
          set: { ...values, updatedAt: new Date() },
        });
    },

    /**
     * What the tenant's documents print. Without saved branding, the tenant's name and the contact
     * phone and footer of its settings, so documents never wait for a logo.
     */
    async getDocumentBranding({
      tenantId,
    }: {
      tenantId: string;
    }): Promise<{ branding: Branding; partnerPhones: Record<string, string> }> {
      const [saved] = await db
        .select()
        .from(tenantBrandingTable)
        .where(eq(tenantBrandingTable.tenantId, tenantId));
      if (saved) {
        return {
          branding: {
            name: saved.name,
            contactPhone: saved.contactPhone,
            footer: saved.footer,
            ...(saved.logoPngBase64 ? { logoPng: Buffer.from(saved.logoPngBase64, 'base64') } : {}),
            ...(saved.contactEmail ? { contactEmail: saved.contactEmail } : {}),
            ...(saved.address ? { address: saved.address } : {}),
          },
          partnerPhones: saved.partnerPhones,
        };
      }
      const [tenant] = await db
        .select({ name: tenantsTable.name, branding: tenantsTable.branding })
        .from(tenantsTable)
        .where(eq(tenantsTable.id, tenantId));
      return {
        branding: {
          name: tenant?.name ?? '',
          contactPhone: tenant?.branding.contactPhone ?? '',
          footer: tenant?.branding.footer ?? tenant?.name ?? '',
        },
        partnerPhones: {},
      };
    },
  };
}
