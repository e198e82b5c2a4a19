import { createI18n, createPortal, kitNl, withKitTranslation } from '@digipakket/portal-kit';
import { ligoNl } from './i18n/ligo.dictionary.nl';

// Only the Dutch reference is in the first load; English and French load when someone picks them.
export const i18n = createI18n({
  dictionaries: {
    nl: { ...kitNl, ...ligoNl },
    en: withKitTranslation('en', () => import('./i18n/ligo.dictionary.en').then((m) => m.ligoEn)),
    fr: withKitTranslation('fr', () => import('./i18n/ligo.dictionary.fr').then((m) => m.ligoFr)),
  },
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'ligo', i18n });
