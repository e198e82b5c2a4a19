import { eq } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { upsertOne } from '../../ground/database/query-helpers';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import type { Branding } from '../../ground/printing/printing.types';
import { type TenantBranding, TenantBrandingSchema } from './branding.schemas';
import { tenantBrandingTable } from './branding.tables';

export function createBrandingRepository({ db }: { db: Database }) {
  /**
   * The tenant's saved branding; without one, the tenant's name and the contact phone and footer of
   * its settings (an empty phone when the operator gave none), so documents never wait for a logo.
   */
  async function getBranding({ tenantId }: { tenantId: string }): Promise<{ branding: TenantBranding }> {
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
          ...(saved.logoPngBase64 ? { logoPngBase64: saved.logoPngBase64 } : {}),
          ...(saved.contactEmail ? { contactEmail: saved.contactEmail } : {}),
          ...(saved.address ? { address: saved.address } : {}),
          partnerPhones: saved.partnerPhones,
        },
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
        partnerPhones: {},
      },
    };
  }

  return {
    getBranding,

    /** Saves a tenant's branding (validated), replacing the previous one. */
    async saveBranding({ tenantId, branding }: { tenantId: string; branding: TenantBranding }) {
      const row = { tenantId, ...TenantBrandingSchema.parse(branding) };
      const values = {
        ...row,
        logoPngBase64: row.logoPngBase64 ?? null,
        contactEmail: row.contactEmail ?? null,
        address: row.address ?? null,
      };
      await upsertOne(db, tenantBrandingTable, values, {
        target: tenantBrandingTable.tenantId,
        set: { ...values, updatedAt: new Date() },
      });
    },

    /** What the tenant's documents print (see `getBranding`), with the logo decoded. */
    async getDocumentBranding({
      tenantId,
    }: {
      tenantId: string;
    }): Promise<{ branding: Branding; partnerPhones: Record<string, string> }> {
      const { branding } = await getBranding({ tenantId });
      return {
        branding: {
          name: branding.name,
          contactPhone: branding.contactPhone,
          footer: branding.footer,
          ...(branding.logoPngBase64 ? { logoPng: Buffer.from(branding.logoPngBase64, 'base64') } : {}),
          ...(branding.contactEmail ? { contactEmail: branding.contactEmail } : {}),
          ...(branding.address ? { address: branding.address } : {}),
        },
        partnerPhones: branding.partnerPhones,
      };
    },
  };
}
