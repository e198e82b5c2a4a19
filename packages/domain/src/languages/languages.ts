/**
 * The languages client documents (receipt, agreements, cheques, lesson plan) can be printed in,
 * with their script direction and their own name (autonym) for language pickers.
 *
 * @example
 * CLIENT_LANGUAGES.find((language) => language.code === 'fa')?.direction; // 'rtl'
 */
export const CLIENT_LANGUAGES = [
  { code: 'nl', direction: 'ltr', autonym: 'Nederlands' },
  { code: 'fr', direction: 'ltr', autonym: 'Français' },
  { code: 'en', direction: 'ltr', autonym: 'English' },
  { code: 'ar', direction: 'rtl', autonym: 'العربية' },
  { code: 'tr', direction: 'ltr', autonym: 'Türkçe' },
  { code: 'bg', direction: 'ltr', autonym: 'Български' },
  { code: 'ro', direction: 'ltr', autonym: 'Română' },
  { code: 'pl', direction: 'ltr', autonym: 'Polski' },
  { code: 'sk', direction: 'ltr', autonym: 'Slovenčina' },
  { code: 'uk', direction: 'ltr', autonym: 'Українська' },
  { code: 'ru', direction: 'ltr', autonym: 'Русский' },
  { code: 'fa', direction: 'rtl', autonym: 'فارسی' },
] as const;

/** A language code of {@link CLIENT_LANGUAGES}. @example const language: ClientLanguage = 'tr'; */
export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number]['code'];

/** The direction a script is written in. @example const direction: ScriptDirection = 'rtl'; */
export type ScriptDirection = 'ltr' | 'rtl';

/**
 * Just the codes of {@link CLIENT_LANGUAGES}, in the same order.
 *
 * @example
 * CLIENT_LANGUAGE_CODES.includes('uk'); // true
 */
export const CLIENT_LANGUAGE_CODES: readonly ClientLanguage[] = CLIENT_LANGUAGES.map(
  (language) => language.code,
);

/**
 * The languages the three portals are available in; Dutch is the reference.
 *
 * @example
 * PORTAL_LANGUAGES[0]; // 'nl'
 */
export const PORTAL_LANGUAGES = ['nl', 'en', 'fr'] as const;

/** A language of {@link PORTAL_LANGUAGES}. @example const language: PortalLanguage = 'fr'; */
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

/**
 * Whether a string is one of the supported client languages.
 *
 * @example
 * isClientLanguage('fa'); // true
 * isClientLanguage('de'); // false
 */
export function isClientLanguage(value: string): value is ClientLanguage {
  return (CLIENT_LANGUAGE_CODES as readonly string[]).includes(value);
}

/**
 * The script direction of a client language, for `dir` attributes and PDF layout.
 *
 * @example
 * scriptDirection('ar'); // 'rtl'
 * scriptDirection('nl'); // 'ltr'
 */
export function scriptDirection(language: ClientLanguage): ScriptDirection {
  return language === 'ar' || language === 'fa' ? 'rtl' : 'ltr';
}
