import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseNameForSearch } from './name-search';

describe('normaliseNameForSearch', () => {
  it('drops accents and case from the names of the welfare centres clients', () => {
    expect(normaliseNameForSearch('José López')).toBe('jose lopez');
    expect(normaliseNameForSearch('Ngozi Adébáyọ̀')).toBe('ngozi adebayo');
    expect(normaliseNameForSearch('Çağlar ŞİMŞEK')).toBe('caglar simsek');
    expect(normaliseNameForSearch('Zoë Noël-François')).toBe('zoe noel-francois');
  });

  it('leaves letters without accents and scripts without marks of that block as they are', () => {
    expect(normaliseNameForSearch('jan peeters')).toBe('jan peeters');
    expect(normaliseNameForSearch('محمد')).toBe('محمد');
  });

  it('gives the same result for a name written precomposed or decomposed, and again when applied twice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const once = normaliseNameForSearch(value);
        expect(normaliseNameForSearch(value.normalize('NFD'))).toBe(
          normaliseNameForSearch(value.normalize('NFC')),
        );
        expect(normaliseNameForSearch(once)).toBe(once);
      }),
    );
  });
});
