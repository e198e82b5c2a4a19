import { createI18n, createPortal, kitEn, kitFr, kitNl } from '@digipakket/portal-kit';
import { ocmwNl } from './i18n/ocmw.dictionary.nl';

// Only the Dutch reference is in the first load; English and French load when someone picks them.
export const i18n = createI18n({
  dictionaries: {
    nl: { ...kitNl, ...ocmwNl },
    en: () => import('./i18n/ocmw.dictionary.en').then((module) => ({ ...kitEn, ...module.ocmwEn })),
    fr: () => import('./i18n/ocmw.dictionary.fr').then((module) => ({ ...kitFr, ...module.ocmwFr })),
  },
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'ocmw', i18n });
