import { describe, expect, it } from 'vitest';
import { ocmwEn } from '../../i18n/ocmw.dictionary.en';
import { ocmwFr } from '../../i18n/ocmw.dictionary.fr';
import { ocmwNl } from '../../i18n/ocmw.dictionary.nl';
import { type FreshnessKey, freshnessText } from './data-freshness';

const dictionaries = { nl: ocmwNl, en: ocmwEn, fr: ocmwFr } as const;

/** The portal's plural and date formatting (the kit's, as `createI18n` does it), in Brussels time. */
function inLanguage(locale: keyof typeof dictionaries) {
  return {
    plural: (
      count: number,
      keys: { one: FreshnessKey; other: FreshnessKey },
      params: Record<string, string | number> = {},
    ) => {
      const key = new Intl.PluralRules(locale).select(count) === 'one' ? keys.one : keys.other;
      const values: Record<string, string | number> = { count, ...params };
      return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_whole, name: string) => String(values[name]));
    },
    formatDate: (date: Date, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(`${locale}-BE`, { ...options, timeZone: 'Europe/Brussels' }).format(date),
  };
}

// 14:02:10 in Brussels, in winter.
const dataAsOf = '2025-01-15T13:02:10.000Z';
const standby = { source: 'standby' as const, dataAsOf, lagSeconds: 12.4 };

describe('the line saying how old the figures of a report are', () => {
  it('says when the figures are from and how many seconds old, in each language', () => {
    expect(freshnessText({ freshness: standby, i18n: inLanguage('nl') })).toBe(
      'Cijfers van 14:02:10, 12 seconden oud (kopie van de database).',
    );
    expect(freshnessText({ freshness: standby, i18n: inLanguage('en') })).toBe(
      'Figures as of 14:02:10, 12 seconds old (a copy of the database).',
    );
    expect(freshnessText({ freshness: { ...standby, lagSeconds: 1 }, i18n: inLanguage('fr') })).toBe(
      'Chiffres de 14:02:10, vieux de 1 seconde (copie de la base de données).',
    );
  });

  it('says nothing when the figures were read from the primary, current', () => {
    expect(
      freshnessText({ freshness: { source: 'primary', dataAsOf, lagSeconds: 0 }, i18n: inLanguage('nl') }),
    ).toBeNull();
  });
});
