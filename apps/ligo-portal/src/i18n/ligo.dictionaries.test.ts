import { describeTranslations } from '@digipakket/portal-kit/testing';
import { ligoEn } from './ligo.dictionary.en';
import { ligoFr } from './ligo.dictionary.fr';
import { ligoNl } from './ligo.dictionary.nl';

describeTranslations('the Ligo portal dictionaries', {
  reference: ligoNl,
  translations: { English: ligoEn, French: ligoFr },
});
