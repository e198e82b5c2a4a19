import { createI18n, createPortal, kitNl, withKitTranslation } from '@digipakket/portal-kit';
import { ocmwNl } from './i18n/ocmw.dictionary.nl';

// Only the Dutch reference is in the first load; English and French load when someone picks them.
export const i18n = createI18n({
  dictionaries: {
    nl: { ...kitNl, ...ocmwNl },
    en: withKitTranslation('en', () => import('./i18n/ocmw.dictionary.en').then((m) => m.ocmwEn)),
    fr: withKitTranslation('fr', () => import('./i18n/ocmw.dictionary.fr').then((m) => m.ocmwFr)),
  },
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'ocmw', i18n });
