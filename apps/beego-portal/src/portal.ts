import { createI18n, createPortal, kitEn, kitFr, kitNl } from '@digipakket/portal-kit';
import { beegoNl } from './i18n/beego.dictionary.nl';

// Only the Dutch reference is in the first load; English and French load when someone picks them.
export const i18n = createI18n({
  dictionaries: {
    nl: { ...kitNl, ...beegoNl },
    en: () => import('./i18n/beego.dictionary.en').then((module) => ({ ...kitEn, ...module.beegoEn })),
    fr: () => import('./i18n/beego.dictionary.fr').then((module) => ({ ...kitFr, ...module.beegoFr })),
  },
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'beego', i18n });
