import {
  CLIENT_LANGUAGE_CODES,
  CLIENT_LANGUAGES,
  type ClientLanguage,
  isReviewed,
  scriptDirection,
  TRANSLATION_KEYS,
  type TranslationKey,
  translate,
} from '@digipakket/domain';
import { isolateFor } from './printing.text';

/** A document text's key: the PO files' `document.<key>` entries, without the prefix. */
export type MessageKey = TranslationKey extends infer Key
  ? Key extends `document.${infer Name}`
    ? Name
    : never
  : never;

/** A message catalog for one language: the same keys as the Dutch one, each language's own text or the Dutch one. */
export type Catalog = {
  meta: {
    language: ClientLanguage;
    /** The language's own name. */
    name: string;
    /** True once a native speaker has checked every document text (no entry left `fuzzy` in its PO file). */
    reviewed: boolean;
  };
  messages: Record<MessageKey, string>;
};

const DOCUMENT_KEYS = TRANSLATION_KEYS.filter((key) => key.startsWith('document.')).map(
  (key) => key.slice('document.'.length) as MessageKey,
);

/** Where the documents name a language otherwise than its autonym: most Persian readers here read Dari. */
const DOCUMENT_LANGUAGE_NAMES: Partial<Record<ClientLanguage, string>> = { fa: 'دری / فارسی' };

function catalogOf(language: ClientLanguage): Catalog {
  return {
    meta: {
      language,
      name:
        DOCUMENT_LANGUAGE_NAMES[language] ?? CLIENT_LANGUAGES.find((one) => one.code === language)!.autonym,
      reviewed: isReviewed({ language, prefix: 'document.' }),
    },
    messages: Object.fromEntries(
      DOCUMENT_KEYS.map((key) => [
        key,
        translate({ key: `document.${key}` as TranslationKey, language }).text,
      ]),
    ) as Record<MessageKey, string>,
  };
}

/** Every language's document texts, from the PO files (`packages/domain/src/translations/po`), Dutch first. */
export const CATALOGS = Object.fromEntries(
  CLIENT_LANGUAGE_CODES.map((language) => [language, catalogOf(language)]),
) as Record<ClientLanguage, Catalog>;

/** Values for a message's `{placeholders}`. */
export type MessageParams = Record<string, string | number>;

/** Translates a message key for one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a message uses, sorted, e.g. `['date', 'name']`. */
export function placeholdersOf(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(PLACEHOLDER), (match) => match[1]!))].sort();
}

/**
 * A translator for one language; a missing parameter is an error, not a silent `{gap}` on paper.
 * A value that runs the other way than the language is wrapped in a bidi isolate (invisible once drawn).
 */
export function createTranslator({ language }: { language: ClientLanguage }): { t: Translate } {
  const messages = CATALOGS[language].messages;
  const direction = scriptDirection(language);
  const t: Translate = (key, params = {}) =>
    messages[key].replace(PLACEHOLDER, (match: string, name: string, offset: number, message: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`Message ${key} needs the parameter "${name}"`);
      const text = String(value);
      // Dates such as "2 квітня 2025 р." end with a full stop; the sentence must not add a second one.
      return isolateFor(
        text.endsWith('.') && message[offset + match.length] === '.' ? text.slice(0, -1) : text,
        direction,
      );
    });
  return { t };
}

/** Which catalogs a native speaker has reviewed, for the admin screen. */
export function catalogStatus(): {
  languages: Array<{ language: ClientLanguage; name: string; reviewed: boolean }>;
} {
  return {
    languages: CLIENT_LANGUAGE_CODES.map((language) => ({
      language,
      name: CATALOGS[language].meta.name,
      reviewed: CATALOGS[language].meta.reviewed,
    })),
  };
}
