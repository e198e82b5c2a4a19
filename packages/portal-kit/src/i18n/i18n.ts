import { createSignal } from 'solid-js';

/** The interface languages, Dutch first: it is the reference every other dictionary is checked against. */
export const LOCALES = ['nl', 'en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** A flat dictionary: dotted keys to strings with `{placeholder}` slots. */
export type Messages = Record<string, string>;

/** A translation of a reference dictionary: exactly the same keys, each a string. */
export type TranslationOf<Reference extends Messages> = { readonly [Key in keyof Reference]: string };

export type Params = Record<string, string | number>;

/**
 * A translation given at once, or a loader of it (`() => import(...)`), so a portal's first load only
 * carries the Dutch reference and a translation arrives when someone picks its language.
 */
export type TranslationSource<Reference extends Messages> =
  | TranslationOf<Reference>
  | (() => Promise<TranslationOf<Reference>>);

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
  /** False only while the language chosen on this device is loading at start-up. */
  ready: () => boolean;
  /**
   * Adds Dutch texts kept out of the first load (an area's, merged in when its page's code loads);
   * the translations already hold them.
   */
  addReference(messages: Partial<Record<Key, string>>): void;
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

// Making an Intl formatter costs about 30 times more than using one, and a list of lessons or visits
// formats two dates per row: each is made once per language and options.
const formatters = new Map<string, unknown>();

function formatter<T>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (found === undefined) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/**
 * Creates the interface language state of a portal. The choice made on this device wins over the
 * user's profile language, so a shared office computer keeps what its user picked last. `Later` names
 * the Dutch texts that are not in `nl` but come with `addReference` when their area loads; the
 * translations hold them from the start.
 */
export function createI18n<Reference extends Messages, Later extends Messages = Record<never, string>>({
  dictionaries,
}: {
  dictionaries: {
    nl: Reference;
    en: TranslationSource<Reference & Later>;
    fr: TranslationSource<Reference & Later>;
  };
}): I18n<Extract<keyof Reference | keyof Later, string>> {
  type Key = Extract<keyof Reference | keyof Later, string>;
  const reference: Messages = { ...dictionaries.nl };
  const [loaded, setLoaded] = createSignal<Partial<Record<Locale, Messages>>>({
    nl: reference,
    ...(typeof dictionaries.en === 'function' ? {} : { en: dictionaries.en }),
    ...(typeof dictionaries.fr === 'function' ? {} : { fr: dictionaries.fr }),
  });
  const loading = new Map<Locale, Promise<boolean>>();

  /** Loads a translation once; false when it could not be loaded (the interface then stays as it is). */
  const load = (value: Locale): Promise<boolean> => {
    const source = dictionaries[value];
    if (loaded()[value] || typeof source !== 'function') return Promise.resolve(true);
    const pending =
      loading.get(value) ??
      source().then(
        (dictionary) => {
          setLoaded((previous) => ({ ...previous, [value]: dictionary }));
          return true;
        },
        () => {
          loading.delete(value);
          return false;
        },
      );
    loading.set(value, pending);
    return pending;
  };

  const stored = readStoredLocale();
  const initial = stored ?? 'nl';
  const [locale, setLocaleSignal] = createSignal<Locale>(loaded()[initial] ? initial : 'nl');
  const [ready, setReady] = createSignal(loaded()[initial] !== undefined);
  let storedChoice = stored !== undefined;
  let wanted: Locale = initial;

  const applyToDocument = (value: Locale) => {
    if (typeof document !== 'undefined') document.documentElement.lang = value;
  };
  applyToDocument(locale());

  /** Shows a language at once when it is here, else as soon as it has loaded (if still wanted then). */
  const show = (value: Locale) => {
    wanted = value;
    const apply = () => {
      setLocaleSignal(value);
      applyToDocument(value);
    };
    if (loaded()[value]) {
      apply();
      return;
    }
    void load(value).then((ok) => {
      if (ok && wanted === value) apply();
    });
  };

  if (!ready()) {
    void load(initial).then((ok) => {
      if (ok && wanted === initial) {
        setLocaleSignal(initial);
        applyToDocument(initial);
      }
      setReady(true);
    });
  }

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
    const dictionary: Messages = loaded()[locale()] ?? reference;
    return interpolate({ message: dictionary[key] ?? reference[key] ?? key, params });
  };

  const plural = (count: number, keys: { one: Key; other: Key }, params?: Params) => {
    const category = formatter(`plural:${locale()}`, () => new Intl.PluralRules(locale())).select(count);
    return t(category === 'one' ? keys.one : keys.other, { count, ...params });
  };

  const formatDate = (date: Date, options: Intl.DateTimeFormatOptions) =>
    formatter(
      `date:${locale()}:${JSON.stringify(options)}`,
      () => new Intl.DateTimeFormat(`${locale()}-BE`, options),
    ).format(date);

  const languageName = (code: string) => {
    try {
      return (
        formatter(`language:${locale()}`, () => new Intl.DisplayNames([locale()], { type: 'language' })).of(
          code,
        ) ?? code
      );
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
    ready,
    addReference: (messages) => {
      Object.assign(reference, messages);
      setLoaded((previous) => ({ ...previous, nl: { ...reference } }));
    },
  };
}
