import { createI18n, createPortal, kitEn, kitFr, kitNl } from '@digipakket/portal-kit';
import { ocmwEn } from './i18n/ocmw.dictionary.en';
import { ocmwFr } from './i18n/ocmw.dictionary.fr';
import { ocmwNl } from './i18n/ocmw.dictionary.nl';

export const i18n = createI18n({
  dictionaries: {
    nl: { ...kitNl, ...ocmwNl },
    en: { ...kitEn, ...ocmwEn },
    fr: { ...kitFr, ...ocmwFr },
  },
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'ocmw', i18n });
