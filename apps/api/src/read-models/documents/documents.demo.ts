import type { Database } from '../../ground/database/database';
import { createBrandingRepository } from '../../records/branding/branding.repository';
import type { TenantBranding } from '../../records/branding/branding.schemas';
import { DEMO_DIGIPUNTEN_GENT } from '../../records/digipunten/digipunten.demo';
import { createDigipuntenRepository } from '../../records/digipunten/digipunten.repository';

/** A plain laptop mark (96 px PNG), so the demo documents show where a welfare centre's logo goes. */
const DEMO_LOGO_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAYAAADimHc4AAABoUlEQVR4Ae3BQWobQRiE0e8vBF50wEsfrH0Lz3Hat/AcLMuAZ5FVRwsthJCxDdJUQuq94gtaH5P4tm1dik8UH2h9TOJmtnUpriiuaH1M4ua2dSkuFBdaH5O4m21dijPFmdbHJO5uW5fipDhpfUxiN9u6FEfFUetjErvb1qVEWImwqtbHJGxEWImwEmElwkqElQgrEVYirERYibASYSXCSoSVCCsRViKsDuzk/e2Ff8mP51f2IMJKhJUIqwMmP3/95m/y9PiAgwgrEVYirERYibASYSXCSoSVCCsRViKsRFiJsBJhJcJKhJUIKxFWIqxEWImwEmF1wOTp8YEAEVYirERYVetjEjYirERYHbiR97cX/ic/nl+5BRFWIqxEWImwEmElwqpaH5OwEWElwkqElQgrEVYirERYibASYSXCSoSVCCsRViKsRFiJsBJhJcJKhFVx1PqYxO62dSkRViKsipPWxyR2s61LcVScaX1M4u62dSlOigutj0nczbYuxZniitbHJG5uW5fiQvGB1sckbmZbl+KK4gtaH5P4tm1dik/8AamqR7haUFRuAAAAAElFTkSuQmCC';

/** The demo welfare centre's document branding, without the partner phone numbers. */
export const DEMO_BRANDING: Omit<TenantBranding, 'partnerPhones'> = {
  name: 'OCMW Gent (demo)',
  logoPngBase64: DEMO_LOGO_PNG_BASE64,
  contactPhone: '09 266 00 00',
  contactEmail: 'digipakket@ocmw-gent.example',
  footer: 'OCMW Gent (demo) · Onderbergen 86, 9000 Gent · Digipakket',
  address: 'Onderbergen 86, 9000 Gent',
};

/** Gives the demo tenant its branding, the partners' phone lines and the demo Gent Digipunten. */
export async function loadDemoDocumentsData({
  db,
  tenantId,
  partners,
}: {
  db: Database;
  tenantId: string;
  partners: { homeHelpOrgId: string; trainingOrgId: string };
}): Promise<void> {
  await createBrandingRepository({ db }).saveBranding({
    tenantId,
    branding: {
      ...DEMO_BRANDING,
      partnerPhones: { [partners.homeHelpOrgId]: '09 244 00 00', [partners.trainingOrgId]: '09 265 90 40' },
    },
  });
  await createDigipuntenRepository({ db }).replaceDirectory({ tenantId, points: DEMO_DIGIPUNTEN_GENT });
}
