import { CLIENT_LANGUAGE_CODES, type ClientLanguage } from '../languages/languages';
import { TRANSLATION_CATALOG, type TranslationKey } from './translations.catalog.gen';

export { TRANSLATION_KEYS, type TranslationKey } from './translations.catalog.gen';

/**
 * How far a language's texts have been checked, as its PO file's `X-Review-Status` header says:
 * `reviewed` when a fluent reader checked every entry (no entry is `fuzzy`), `partly_reviewed` when
 * some were, `machine_draft` when none were (machine-quality translations of the Dutch source).
 *
 * @example
 * TRANSLATION_REVIEW_STATES; // ['reviewed', 'partly_reviewed', 'machine_draft']
 */
export const TRANSLATION_REVIEW_STATES = ['reviewed', 'partly_reviewed', 'machine_draft'] as const;

/** One of {@link TRANSLATION_REVIEW_STATES}. @example const review: TranslationReview = 'reviewed'; */
export type TranslationReview = (typeof TRANSLATION_REVIEW_STATES)[number];

/** One entry of a language: its text (empty when not translated yet) and whether it was reviewed. */
export type TranslationEntry = { readonly text: string; readonly reviewed: boolean };

/** The texts of one language, generated from its PO file. */
export type LanguageTranslations = {
  readonly review: TranslationReview;
  readonly entries: Readonly<Partial<Record<TranslationKey, TranslationEntry>>>;
};

/**
 * The review state a language's entries add up to: `reviewed` when every one is, `machine_draft`
 * when none is, else `partly_reviewed`.
 *
 * @example
 * reviewOfEntries([{ text: 'a', reviewed: true }, { text: 'b', reviewed: false }]); // 'partly_reviewed'
 */
export function reviewOfEntries(entries: readonly TranslationEntry[]): TranslationReview {
  const reviewed = entries.filter((entry) => entry.reviewed && entry.text !== '').length;
  if (reviewed === entries.length) return 'reviewed';
  return reviewed === 0 ? 'machine_draft' : 'partly_reviewed';
}

/**
 * A text a client reads, in their language, falling back to the Dutch source per entry when the
 * language has no text for it yet; with the language used and whether that entry was reviewed.
 *
 * @example
 * translate({ key: 'document.receipt.title', language: 'en' }).text; // 'Receipt for the laptop'
 * translate({ key: 'document.receipt.title', language: 'de' }).language; // 'nl'
 */
export function translate({ key, language }: { key: TranslationKey; language: string }): {
  text: string;
  language: ClientLanguage;
  reviewed: boolean;
} {
  const own = (CLIENT_LANGUAGE_CODES as readonly string[]).includes(language)
    ? TRANSLATION_CATALOG[language as ClientLanguage].entries[key]
    : undefined;
  if (own && own.text !== '')
    return { text: own.text, language: language as ClientLanguage, reviewed: own.reviewed };
  const dutch = TRANSLATION_CATALOG.nl.entries[key]!;
  return { text: dutch.text, language: 'nl', reviewed: dutch.reviewed };
}

/**
 * Whether every entry of a language under a key prefix (`document.`, `message.`) was reviewed, e.g.
 * to say which languages' documents still need a fluent reader.
 *
 * @example
 * isReviewed({ language: 'nl', prefix: 'document.' }); // true
 */
export function isReviewed({ language, prefix }: { language: ClientLanguage; prefix: string }): boolean {
  return Object.entries(TRANSLATION_CATALOG[language].entries)
    .filter(([key]) => key.startsWith(prefix))
    .every(([, entry]) => entry?.reviewed === true && entry.text !== '');
}

/**
 * The review state of a language as its PO file's header says.
 *
 * @example
 * translationReview({ language: 'nl' }); // 'reviewed'
 */
export function translationReview({ language }: { language: ClientLanguage }): TranslationReview {
  return TRANSLATION_CATALOG[language].review;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The placeholder names a text uses, once each and sorted: a translation must use exactly those of
 * its Dutch source.
 *
 * @example
 * placeholdersOf('{name} op {phone}, {name}'); // ['name', 'phone']
 */
export function placeholdersOf(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]!))].sort();
}
