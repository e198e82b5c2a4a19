import { describe, expect, it } from 'vitest';
import { compareDictionaries } from './dictionary-check';
import type { Messages } from './i18n';

/**
 * The test every dictionary set has: each translation has exactly the Dutch reference's keys, with
 * the same placeholders, and no empty text.
 */
export function describeTranslations(
  title: string,
  { reference, translations }: { reference: Messages; translations: Record<'English' | 'French', Messages> },
) {
  describe(title, () => {
    it.each(Object.entries(translations))(
      '%s has exactly the Dutch keys, with the same placeholders, and no empty text',
      (_name, translation) => {
        expect(compareDictionaries({ reference, translation })).toEqual({
          missing: [],
          extra: [],
          placeholderMismatches: [],
          empty: [],
        });
      },
    );
  });
}
