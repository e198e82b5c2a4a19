import { compareDictionaries } from '@digipakket/portal-kit/testing';
import { describe, expect, it } from 'vitest';
import { ligoEn } from './ligo.dictionary.en';
import { ligoFr } from './ligo.dictionary.fr';
import { ligoNl } from './ligo.dictionary.nl';

describe('the Ligo portal dictionaries', () => {
  it.each([
    ['English', ligoEn],
    ['French', ligoFr],
  ])('%s has exactly the Dutch keys, with the same placeholders, and no empty text', (_name, translation) => {
    expect(compareDictionaries({ reference: ligoNl, translation })).toEqual({
      missing: [],
      extra: [],
      placeholderMismatches: [],
      empty: [],
    });
  });
});
