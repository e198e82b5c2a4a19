import type { KitKey } from './kit.dictionary.nl';

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
