import { createI18n, type I18n, type Messages, type TranslationOf } from './i18n';
import { type KitKey, kitNl } from './kit.dictionary.nl';

/**
 * A portal's translation together with the kit's, loaded when someone picks the language: neither
 * is in the portal's first load, which carries only the Dutch reference.
 */
export function withKitTranslation<Own extends Record<string, string>>(
  locale: 'en' | 'fr',
  own: () => Promise<Own>,
): () => Promise<Record<KitKey, string> & Own> {
  const kit = () =>
    locale === 'en'
      ? import('./kit.dictionary.en').then((module) => module.kitEn)
      : import('./kit.dictionary.fr').then((module) => module.kitFr);
  return () =>
    Promise.all([kit(), own()]).then(([kitMessages, ownMessages]) => ({ ...kitMessages, ...ownMessages }));
}

/**
 * A portal's i18n: the kit's Dutch and the portal's own as the reference in the first load, English
 * and French (the kit's with the portal's) loaded when someone picks them. `Later` names the Dutch
 * texts of areas that bring their own when their page loads; the translations carry them whole.
 */
export function createPortalI18n<Own extends Messages, Later extends Messages = Record<never, string>>(
  nl: Own,
  translations: Record<'en' | 'fr', () => Promise<TranslationOf<Own & Later>>>,
): I18n<Extract<KitKey | keyof Own | keyof Later, string>> {
  return createI18n<typeof kitNl & Own, Later>({
    dictionaries: {
      nl: { ...kitNl, ...nl },
      en: withKitTranslation('en', translations.en),
      fr: withKitTranslation('fr', translations.fr),
    },
  });
}
