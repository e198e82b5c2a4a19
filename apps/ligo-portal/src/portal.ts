import { createPortal, createPortalI18n } from '@digipakket/portal-kit';
import { ligoNl } from './i18n/ligo.dictionary.nl';

// Only the Dutch reference is in the first load; English and French load when someone picks them.
export const i18n = createPortalI18n(ligoNl, {
  en: () => import('./i18n/ligo.dictionary.en').then((m) => m.ligoEn),
  fr: () => import('./i18n/ligo.dictionary.fr').then((m) => m.ligoFr),
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'ligo', i18n });
