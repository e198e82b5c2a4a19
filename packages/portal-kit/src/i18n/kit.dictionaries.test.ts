import { describe, expect, it } from 'vitest';
import { compareDictionaries } from './dictionary-check';
import { kitEn } from './kit.dictionary.en';
import { kitFr } from './kit.dictionary.fr';
import { kitNl } from './kit.dictionary.nl';

describe('the kit dictionaries', () => {
  it.each([
    ['English', kitEn],
    ['French', kitFr],
  ])('%s has exactly the Dutch keys, with the same placeholders, and no empty text', (_name, translation) => {
    expect(compareDictionaries({ reference: kitNl, translation })).toEqual({
      missing: [],
      extra: [],
      placeholderMismatches: [],
      empty: [],
    });
  });
});

describe('compareDictionaries', () => {
  it('reports missing keys, extra keys and placeholders that differ', () => {
    const result = compareDictionaries({
      reference: { a: 'A {name}', b: 'B', c: 'C {count}' },
      translation: { a: 'A {naam}', c: 'C {count}', d: 'D' },
    });
    expect(result).toEqual({ missing: ['b'], extra: ['d'], placeholderMismatches: ['a'], empty: [] });
  });
});
