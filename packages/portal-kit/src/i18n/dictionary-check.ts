import { type Messages, placeholdersOf } from './i18n';

/** What a translation lacks, adds or fills differently compared with its reference dictionary. */
export function compareDictionaries({
  reference,
  translation,
}: {
  reference: Messages;
  translation: Messages;
}) {
  const referenceKeys = Object.keys(reference);
  const translationKeys = Object.keys(translation);
  const missing = referenceKeys.filter((key) => !(key in translation));
  const extra = translationKeys.filter((key) => !(key in reference));
  const placeholderMismatches = referenceKeys
    .filter((key) => key in translation)
    .filter(
      (key) =>
        placeholdersOf(reference[key] ?? '').join(',') !== placeholdersOf(translation[key] ?? '').join(','),
    );
  const empty = translationKeys.filter((key) => (translation[key] ?? '').trim() === '');
  return { missing, extra, placeholderMismatches, empty };
}
