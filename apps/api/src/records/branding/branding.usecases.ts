import type { TenantArgs, TenantContext } from '../../ground/http/request-context';
import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import { createBrandingPartnerInvalidError } from './branding.errors';
import { createBrandingRepository } from './branding.repository';
import type { BrandingResponse, BrandingUpdate } from './branding.schemas';

/**
 * What the welfare centre's documents print, with each partner organisation and the number printed
 * for it. Before anything was saved: the tenant's name and the contact phone the operator gave (or
 * none), which is what the documents print meanwhile.
 */
export async function getBranding({ ctx }: { ctx: TenantContext }): Promise<BrandingResponse> {
  const { db, tenantId } = ctx;
  const repository = createBrandingRepository({ db });
  const [{ branding }, { partners }] = await Promise.all([
    repository.getBranding({ tenantId }),
    createOrganisationsRepository({ db }).listPartners({ tenantId }),
  ]);
  return {
    name: branding.name,
    contactPhone: branding.contactPhone,
    contactEmail: branding.contactEmail ?? null,
    address: branding.address ?? null,
    footer: branding.footer,
    logoPngBase64: branding.logoPngBase64 ?? null,
    partners: partners.map((partner) => ({ ...partner, phone: branding.partnerPhones[partner.id] ?? null })),
  };
}

/**
 * Replaces what the documents print. A phone number may be given only for a partner that works for
 * the welfare centre: an unknown organisation and one that works only for others are refused alike,
 * naming the field. Audited.
 */
export async function updateBranding({
  ctx,
  update,
}: TenantArgs<{ update: BrandingUpdate }>): Promise<BrandingResponse> {
  const { tenantId } = ctx;
  await ctx.transaction(async ({ tx, audit }) => {
    const repository = createBrandingRepository({ db: tx });
    const { partners } = await createOrganisationsRepository({ db: tx }).listPartners({ tenantId });
    const partnerIds = new Set(partners.map((partner) => partner.id));
    const stranger = Object.keys(update.partnerPhones)
      .sort()
      .find((orgId) => !partnerIds.has(orgId));
    if (stranger !== undefined)
      throw createBrandingPartnerInvalidError({ details: { field: `partnerPhones.${stranger}` } });
    await repository.saveBranding({
      tenantId,
      branding: {
        name: update.name,
        contactPhone: update.contactPhone,
        footer: update.footer ?? '',
        ...(update.contactEmail ? { contactEmail: update.contactEmail } : {}),
        ...(update.address ? { address: update.address } : {}),
        ...(update.logoPngBase64 ? { logoPngBase64: update.logoPngBase64 } : {}),
        partnerPhones: update.partnerPhones,
      },
    });
    await audit({ action: 'branding.update', resource: `tenant:${tenantId}` });
  });
  return getBranding({ ctx });
}
