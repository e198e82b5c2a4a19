import { createPortal, createPortalI18n } from '@digipakket/portal-kit';
import { beegoNl } from './i18n/beego.dictionary.nl';

// Only the Dutch reference is in the first load; English and French load when someone picks them.
export const i18n = createPortalI18n(beegoNl, {
  en: () => import('./i18n/beego.dictionary.en').then((m) => m.beegoEn),
  fr: () => import('./i18n/beego.dictionary.fr').then((m) => m.beegoFr),
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'beego', i18n });
