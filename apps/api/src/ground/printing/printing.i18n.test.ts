import { CLIENT_LANGUAGE_CODES } from '@digipakket/domain';
import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogStatus, createTranslator, type MessageKey, placeholdersOf } from './printing.i18n';

const nl = CATALOGS.nl;
const referenceKeys = Object.keys(nl.messages).sort();

describe('message catalogs', () => {
  it('has a catalog for every document language, labelled with its own language', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...CLIENT_LANGUAGE_CODES].sort());
    for (const language of CLIENT_LANGUAGE_CODES) expect(CATALOGS[language].meta.language).toBe(language);
  });

  it.each(CLIENT_LANGUAGE_CODES)('gives %s exactly the keys of the Dutch reference', (language) => {
    expect(Object.keys(CATALOGS[language].messages).sort()).toEqual(referenceKeys);
  });

  it.each(CLIENT_LANGUAGE_CODES)(
    'gives every %s message the placeholders of its Dutch message',
    (language) => {
      const mismatches = referenceKeys.filter((key) => {
        const reference = placeholdersOf(nl.messages[key as MessageKey]);
        const translated = placeholdersOf(CATALOGS[language].messages[key as MessageKey]);
        return reference.join(',') !== translated.join(',');
      });
      expect(mismatches).toEqual([]);
    },
  );

  it.each(CLIENT_LANGUAGE_CODES)('has no empty or untranslated-looking %s message', (language) => {
    for (const message of Object.values(CATALOGS[language].messages)) {
      expect(message.trim().length).toBeGreaterThan(0);
      expect(message).not.toMatch(/\{\s*\}|TODO/);
    }
  });

  it('marks only the Dutch reference as reviewed', () => {
    const { languages } = catalogStatus();
    expect(languages).toHaveLength(12);
    expect(languages.filter((entry) => entry.reviewed).map((entry) => entry.language)).toEqual(['nl']);
    expect(languages.find((entry) => entry.language === 'uk')).toEqual({
      language: 'uk',
      name: 'Українська',
      reviewed: false,
    });
  });
});

const visible = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

describe('the translator', () => {
  it('fills placeholders', () => {
    const { t } = createTranslator({ language: 'en' });
    expect(visible(t('receipt.signedAt', { date: '12 March 2025' }))).toBe('Signed on 12 March 2025');
  });

  it('refuses to print a message with a missing parameter', () => {
    const { t } = createTranslator({ language: 'nl' });
    expect(() => t('receipt.signedAt')).toThrow(/date/);
  });

  it('does not double the full stop after a date that ends with one', () => {
    const { t } = createTranslator({ language: 'uk' });
    expect(t('receipt.loanReturnBy', { date: '2 квітня 2025 р.' })).toBe(
      'Поверніть ноутбук не пізніше 2 квітня 2025 р.',
    );
  });

  it('isolates each value so an Arabic name keeps its direction in a Dutch sentence', () => {
    const { t } = createTranslator({ language: 'nl' });
    expect(t('overview.greeting', { name: 'سميرة' })).toBe('Welkom, \u2067سميرة\u2069!');
    expect(t('overview.greeting', { name: 'Samira' })).toBe('Welkom, Samira!');
  });

  it('lists the placeholders of a message once, sorted', () => {
    expect(placeholdersOf('{name} op {phone}, {name}')).toEqual(['name', 'phone']);
  });
});
