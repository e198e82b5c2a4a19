import { describe, expect, it } from 'vitest';
import { compareDictionaries } from './dictionary-check';
import { kitEn } from './kit.dictionary.en';
import { kitFr } from './kit.dictionary.fr';
import { kitNl } from './kit.dictionary.nl';
import { describeTranslations } from './translations.fixtures';

describeTranslations('the kit dictionaries', {
  reference: kitNl,
  translations: { English: kitEn, French: kitFr },
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
