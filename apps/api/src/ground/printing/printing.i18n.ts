import { CLIENT_LANGUAGE_CODES, type ClientLanguage, scriptDirection } from '@digipakket/domain';
import { ar } from './catalogs/ar.catalog';
import { bg } from './catalogs/bg.catalog';
import type { Catalog, MessageKey } from './catalogs/catalog.types';
import { en } from './catalogs/en.catalog';
import { fa } from './catalogs/fa.catalog';
import { fr } from './catalogs/fr.catalog';
import { nl } from './catalogs/nl.catalog';
import { pl } from './catalogs/pl.catalog';
import { ro } from './catalogs/ro.catalog';
import { ru } from './catalogs/ru.catalog';
import { sk } from './catalogs/sk.catalog';
import { tr } from './catalogs/tr.catalog';
import { uk } from './catalogs/uk.catalog';
import { isolateFor } from './printing.text';

/** Every language's catalog, Dutch first. */
export const CATALOGS: Record<ClientLanguage, Catalog> = { nl, fr, en, ar, tr, bg, ro, pl, sk, uk, ru, fa };

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
