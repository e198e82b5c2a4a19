import { compareDictionaries } from '@digipakket/portal-kit/testing';
import { describe, expect, it } from 'vitest';
import { beegoEn } from './beego.dictionary.en';
import { beegoFr } from './beego.dictionary.fr';
import { beegoNl } from './beego.dictionary.nl';

describe('the Beego portal dictionaries', () => {
  it.each([
    ['English', beegoEn],
    ['French', beegoFr],
  ])('%s has exactly the Dutch keys, with the same placeholders, and no empty text', (_name, translation) => {
    expect(compareDictionaries({ reference: beegoNl, translation })).toEqual({
      missing: [],
      extra: [],
      placeholderMismatches: [],
      empty: [],
    });
  });
});
