import { CHEQUE_CODE_ALPHABET, CHEQUE_CODE_LENGTH } from '@digipakket/domain';

const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1', U: 'V' };

/**
 * What the code field shows while the student types: capitals in groups of 4-4-3. Characters that can
 * never be in a code are dropped, except look-alikes (O, I, L, U), which are kept so the check
 * character can report the typo instead of the field silently eating a letter.
 */
export function formatTypedCode(input: string): string {
  const kept = [...input.toUpperCase()]
    .filter(
      (character) =>
        CHEQUE_CODE_ALPHABET.includes(character) || character in LOOK_ALIKES || /[01V]/.test(character),
    )
    .slice(0, CHEQUE_CODE_LENGTH)
    .join('');
  return [kept.slice(0, 4), kept.slice(4, 8), kept.slice(8)].filter(Boolean).join('-');
}

/** The cheque code in a scanned QR text: the code itself, or a link that carries it. */
export function codeFromScan(text: string): string {
  const match = text.toUpperCase().match(/[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{3}(?![0-9A-Z])/);
  return formatTypedCode(match ? match[0] : text);
}
