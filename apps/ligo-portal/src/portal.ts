import { createI18n, createPortal, kitEn, kitFr, kitNl } from '@digipakket/portal-kit';
import { ligoNl } from './i18n/ligo.dictionary.nl';

// Only the Dutch reference is in the first load; English and French load when someone picks them.
export const i18n = createI18n({
  dictionaries: {
    nl: { ...kitNl, ...ligoNl },
    en: () => import('./i18n/ligo.dictionary.en').then((module) => ({ ...kitEn, ...module.ligoEn })),
    fr: () => import('./i18n/ligo.dictionary.fr').then((module) => ({ ...kitFr, ...module.ligoFr })),
  },
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'ligo', i18n });
