import { createI18n, createPortal, kitEn, kitFr, kitNl } from '@digipakket/portal-kit';
import { ligoEn } from './i18n/ligo.dictionary.en';
import { ligoFr } from './i18n/ligo.dictionary.fr';
import { ligoNl } from './i18n/ligo.dictionary.nl';

export const i18n = createI18n({
  dictionaries: {
    nl: { ...kitNl, ...ligoNl },
    en: { ...kitEn, ...ligoEn },
    fr: { ...kitFr, ...ligoFr },
  },
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'ligo', i18n });
