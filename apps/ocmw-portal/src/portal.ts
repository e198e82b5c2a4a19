import { createPortal, createPortalI18n } from '@digipakket/portal-kit';
import { ocmwNl } from './i18n/ocmw.dictionary.nl';
import type { ocmwAdminNl } from './modules/admin/admin.dictionary.nl';

// Only the Dutch reference is in the first load, less the texts of areas that bring their own when
// their page loads (Beheer); English and French load whole when someone picks them.
export const i18n = createPortalI18n<typeof ocmwNl, typeof ocmwAdminNl>(ocmwNl, {
  en: () => import('./i18n/ocmw.dictionary.en').then((m) => m.ocmwEn),
  fr: () => import('./i18n/ocmw.dictionary.fr').then((m) => m.ocmwFr),
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'ocmw', i18n });
