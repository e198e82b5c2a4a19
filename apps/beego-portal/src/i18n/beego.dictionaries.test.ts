import { describeTranslations } from '@digipakket/portal-kit/testing';
import { beegoEn } from './beego.dictionary.en';
import { beegoFr } from './beego.dictionary.fr';
import { beegoNl } from './beego.dictionary.nl';

describeTranslations('the Beego portal dictionaries', {
  reference: beegoNl,
  translations: { English: beegoEn, French: beegoFr },
});
