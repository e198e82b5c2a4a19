import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n, interpolate, placeholdersOf } from './i18n';

const nl = { greeting: 'Dag {name}', 'count.one': '{count} cliënt', 'count.other': '{count} cliënten' };
const en = { greeting: 'Hello {name}', 'count.one': '{count} client', 'count.other': '{count} clients' };
const fr = { greeting: 'Bonjour {name}', 'count.one': '{count} client', 'count.other': '{count} clients' };

describe('createI18n', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('speaks Dutch when nothing was chosen, and says so on <html lang>', () => {
    const i18n = createI18n({ dictionaries: { nl, en, fr } });
    expect(i18n.locale()).toBe('nl');
    expect(i18n.t('greeting', { name: 'Fatima' })).toBe('Dag Fatima');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('remembers the chosen language on this device', () => {
    createI18n({ dictionaries: { nl, en, fr } }).setLocale('fr');
    const next = createI18n({ dictionaries: { nl, en, fr } });
    expect(next.locale()).toBe('fr');
    expect(next.t('greeting', { name: 'Ali' })).toBe('Bonjour Ali');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('follows the profile language only when no language was chosen on this device', () => {
    const fresh = createI18n({ dictionaries: { nl, en, fr } });
    fresh.adoptProfileLocale('en');
    expect(fresh.locale()).toBe('en');
    expect(localStorage.getItem('digipakket.locale')).toBeNull();

    fresh.setLocale('nl');
    fresh.adoptProfileLocale('fr');
    expect(fresh.locale()).toBe('nl');
  });

  it('ignores a profile language the interface does not have', () => {
    const i18n = createI18n({ dictionaries: { nl, en, fr } });
    i18n.adoptProfileLocale('ar');
    expect(i18n.locale()).toBe('nl');
  });

  it('picks the singular or plural text by the language rules', () => {
    const i18n = createI18n({ dictionaries: { nl, en, fr } });
    expect(i18n.plural(1, { one: 'count.one', other: 'count.other' })).toBe('1 cliënt');
    expect(i18n.plural(0, { one: 'count.one', other: 'count.other' })).toBe('0 cliënten');
    i18n.setLocale('fr');
    expect(i18n.plural(0, { one: 'count.one', other: 'count.other' })).toBe('0 client');
  });

  it('names languages in the interface language', () => {
    const i18n = createI18n({ dictionaries: { nl, en, fr } });
    expect(i18n.languageName('ar')).toBe('Arabisch');
    i18n.setLocale('en');
    expect(i18n.languageName('ar')).toBe('Arabic');
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate({ message: '{from}–{to} van {total}', params: { from: 1, to: 25 } })).toBe(
      '1–25 van {total}',
    );
  });
});

describe('placeholdersOf', () => {
  it('lists each placeholder once, sorted', () => {
    expect(placeholdersOf('{b} en {a} en {b}')).toEqual(['a', 'b']);
  });
});

describe('createI18n with translations that load on demand', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('keeps the current language until the chosen one has loaded, then switches', async () => {
    let finish: (value: typeof en) => void = () => {};
    const i18n = createI18n({
      dictionaries: {
        nl,
        en: () =>
          new Promise<typeof en>((resolve) => {
            finish = resolve;
          }),
        fr,
      },
    });
    expect(i18n.ready()).toBe(true);
    i18n.setLocale('en');
    expect(i18n.locale()).toBe('nl');
    expect(i18n.t('greeting', { name: 'Ana' })).toBe('Dag Ana');
    finish(en);
    await vi.waitFor(() => expect(i18n.locale()).toBe('en'));
    expect(i18n.t('greeting', { name: 'Ana' })).toBe('Hello Ana');
    expect(document.documentElement.lang).toBe('en');
  });

  it('is not ready at start until the language chosen on this device has loaded', async () => {
    localStorage.setItem('digipakket.locale', 'fr');
    const i18n = createI18n({ dictionaries: { nl, en, fr: () => Promise.resolve(fr) } });
    expect(i18n.ready()).toBe(false);
    await vi.waitFor(() => expect(i18n.ready()).toBe(true));
    expect(i18n.locale()).toBe('fr');
    expect(i18n.t('greeting', { name: 'Ali' })).toBe('Bonjour Ali');
  });

  it('stays usable in Dutch when a translation cannot be loaded, and tries again on the next choice', async () => {
    const loadEn = vi
      .fn<() => Promise<typeof en>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(en);
    const i18n = createI18n({ dictionaries: { nl, en: loadEn, fr } });
    i18n.setLocale('en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(i18n.locale()).toBe('nl');
    i18n.setLocale('en');
    await vi.waitFor(() => expect(i18n.locale()).toBe('en'));
    expect(loadEn).toHaveBeenCalledTimes(2);
  });

  it('loads a translation once, however often it is chosen', async () => {
    const loadEn = vi.fn<() => Promise<typeof en>>().mockResolvedValue(en);
    const i18n = createI18n({ dictionaries: { nl, en: loadEn, fr } });
    i18n.setLocale('en');
    i18n.setLocale('nl');
    i18n.setLocale('en');
    await vi.waitFor(() => expect(i18n.locale()).toBe('en'));
    i18n.setLocale('nl');
    i18n.setLocale('en');
    expect(i18n.locale()).toBe('en');
    expect(loadEn).toHaveBeenCalledTimes(1);
  });
});

describe('createI18n with Dutch texts of an area that loads later', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  const later = { 'area.title': 'Beheer' };

  it('shows an area’s Dutch texts once the area adds them, and the translations’ own before and after', () => {
    const i18n = createI18n<typeof nl, typeof later>({
      dictionaries: {
        nl,
        en: { ...en, 'area.title': 'Administration' },
        fr: { ...fr, 'area.title': 'Gestion' },
      },
    });
    expect(i18n.t('area.title')).toBe('area.title');
    i18n.addReference(later);
    expect(i18n.t('area.title')).toBe('Beheer');
    expect(i18n.t('greeting', { name: 'Fatima' })).toBe('Dag Fatima');
    i18n.setLocale('fr');
    expect(i18n.t('area.title')).toBe('Gestion');
  });

  it('leaves the Dutch dictionary it was given as it was', () => {
    createI18n<typeof nl, typeof later>({
      dictionaries: { nl, en: { ...en, ...later }, fr: { ...fr, ...later } },
    }).addReference(later);
    expect(nl).not.toHaveProperty('area.title');
  });
});
