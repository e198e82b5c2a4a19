import { createSignal } from 'solid-js';

/** The interface languages, Dutch first: it is the reference every other dictionary is checked against. */
export const LOCALES = ['nl', 'en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** A flat dictionary: dotted keys to strings with `{placeholder}` slots. */
export type Messages = Record<string, string>;

/** A translation of a reference dictionary: exactly the same keys, each a string. */
export type TranslationOf<Reference extends Messages> = { readonly [Key in keyof Reference]: string };

export type Params = Record<string, string | number>;

export interface I18n<Key extends string = string> {
  locale: () => Locale;
  setLocale: (locale: Locale) => void;
  /** Translates a key, filling `{name}` placeholders from `params`. */
  t: (key: Key, params?: Params) => string;
  /** Picks the `one` or `other` key by the language's plural rules and fills `{count}`. */
  plural: (count: number, keys: { one: Key; other: Key }, params?: Params) => string;
  formatDate: (date: Date, options: Intl.DateTimeFormatOptions) => string;
  languageName: (code: string) => string;
  /** Follows the user's profile language, unless a language was chosen on this device. */
  adoptProfileLocale: (locale: string) => void;
}

const STORAGE_KEY = 'digipakket.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The `{name}` placeholders a message uses, sorted, so translations can be compared with the reference. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

export function interpolate({ message, params }: { message: string; params?: Params }): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function readStoredLocale(): Locale | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the interface language state of a portal. The choice made on this device wins over the
 * user's profile language, so a shared office computer keeps what its user picked last.
 */
export function createI18n<Reference extends Messages>({
  dictionaries,
}: {
  dictionaries: { nl: Reference; en: TranslationOf<Reference>; fr: TranslationOf<Reference> };
}): I18n<Extract<keyof Reference, string>> {
  type Key = Extract<keyof Reference, string>;
  const stored = readStoredLocale();
  const [locale, setLocaleSignal] = createSignal<Locale>(stored ?? 'nl');
  let storedChoice = stored !== undefined;

  const applyToDocument = (value: Locale) => {
    if (typeof document !== 'undefined') document.documentElement.lang = value;
  };
  applyToDocument(locale());

  const show = (value: Locale) => {
    setLocaleSignal(value);
    applyToDocument(value);
  };

  const setLocale = (value: Locale) => {
    show(value);
    storedChoice = true;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, value);
    } catch {
      // Private browsing can refuse storage; the choice then lasts for this visit only.
    }
  };

  const t = (key: Key, params?: Params) => {
    const dictionary: Messages = dictionaries[locale()];
    return interpolate({ message: dictionary[key] ?? dictionaries.nl[key] ?? key, params });
  };

  const plural = (count: number, keys: { one: Key; other: Key }, params?: Params) => {
    const category = new Intl.PluralRules(locale()).select(count);
    return t(category === 'one' ? keys.one : keys.other, { count, ...params });
  };

  const formatDate = (date: Date, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(`${locale()}-BE`, options).format(date);

  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  return {
    locale,
    setLocale,
    t,
    plural,
    formatDate,
    languageName,
    adoptProfileLocale: (value) => {
      if (!storedChoice && isLocale(value)) show(value);
    },
  };
}
