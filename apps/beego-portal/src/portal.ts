import { createI18n, createPortal, kitEn, kitFr, kitNl } from '@digipakket/portal-kit';
import { beegoEn } from './i18n/beego.dictionary.en';
import { beegoFr } from './i18n/beego.dictionary.fr';
import { beegoNl } from './i18n/beego.dictionary.nl';

export const i18n = createI18n({
  dictionaries: {
    nl: { ...kitNl, ...beegoNl },
    en: { ...kitEn, ...beegoEn },
    fr: { ...kitFr, ...beegoFr },
  },
});

export const { t, plural } = i18n;

export const portal = createPortal({ name: 'beego', i18n });
