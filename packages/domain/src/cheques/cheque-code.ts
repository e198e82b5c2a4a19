/**
 * The characters a cheque code is made of: digits and capitals without the ones people confuse on
 * paper or over the phone (0/O, 1/I/L, U/V). Its size, 29, is prime: that is what lets one check
 * character catch every single substitution and every swap of two neighbours.
 *
 * @example
 * CHEQUE_CODE_ALPHABET.length; // 29
 */
export const CHEQUE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/** Random characters in a code. @example CHEQUE_CODE_DATA_LENGTH; // 10 */
export const CHEQUE_CODE_DATA_LENGTH = 10;

/** Characters in a code: the data plus one check character. @example CHEQUE_CODE_LENGTH; // 11 */
export const CHEQUE_CODE_LENGTH = CHEQUE_CODE_DATA_LENGTH + 1;

/**
 * Random bytes {@link generateChequeCode} needs. Sixteen bytes (128 bits) reduced to a 10-character
 * code (about 48.6 bits) keep the modulo bias far below anything measurable.
 *
 * @example
 * generateChequeCode({ randomBytes: crypto.getRandomValues(new Uint8Array(CHEQUE_CODE_RANDOM_BYTES)) });
 */
export const CHEQUE_CODE_RANDOM_BYTES = 16;

const BASE = CHEQUE_CODE_ALPHABET.length;
const GROUPS = [4, 4, 3] as const;

/**
 * A well-formed cheque code in canonical form: 11 characters of {@link CHEQUE_CODE_ALPHABET}, upper case,
 * no separators, with a valid check character. Only {@link generateChequeCode} and
 * {@link parseChequeCode} make one. Print it with {@link formatChequeCode}.
 *
 * @example
 * const parsed = parseChequeCode('k7qm 3xrt 9ph');
 * if (parsed.ok) { const code: ChequeCode = parsed.code; }
 */
export type ChequeCode = string & { readonly __brand: 'ChequeCode' };

function characterValue(character: string): number {
  return CHEQUE_CODE_ALPHABET.indexOf(character);
}

/**
 * The check character for 10 data characters. Position `i` (0-based) of the data weighs `11 - i`,
 * the check character weighs 1, and the weighted sum of all 11 values is 0 modulo 29. Weights 1..11
 * are all non-zero and neighbours differ, and 29 is prime, so changing one character or swapping
 * two different neighbours always changes the sum.
 *
 * @example
 * chequeCheckCharacter('K7QM3XRT9P'); // 'H'
 */
export function chequeCheckCharacter(data: string): string {
  if (data.length !== CHEQUE_CODE_DATA_LENGTH) {
    throw new RangeError(`A cheque code has ${CHEQUE_CODE_DATA_LENGTH} data characters`);
  }
  let sum = 0;
  for (let index = 0; index < data.length; index += 1) {
    const value = characterValue(data[index]!);
    if (value < 0) throw new RangeError(`Not a cheque code character: ${data[index]}`);
    sum += (CHEQUE_CODE_LENGTH - index) * value;
  }
  return CHEQUE_CODE_ALPHABET[(BASE - (sum % BASE)) % BASE]!;
}

function hasValidCheck(code: string): boolean {
  let sum = 0;
  for (let index = 0; index < code.length; index += 1) {
    sum += (CHEQUE_CODE_LENGTH - index) * characterValue(code[index]!);
  }
  return sum % BASE === 0;
}

/**
 * Makes a new cheque code from random bytes the caller supplies (at least
 * {@link CHEQUE_CODE_RANDOM_BYTES}; only the first 16 are used). Passing the bytes in keeps the domain
 * deterministic; in production pass bytes from a cryptographic source.
 *
 * @example
 * import { randomBytes } from 'node:crypto';
 * const { code } = generateChequeCode({ randomBytes: randomBytes(16) });
 * formatChequeCode(code); // e.g. 'K7QM-3XRT-9PH'
 */
export function generateChequeCode({ randomBytes }: { randomBytes: Uint8Array }): { code: ChequeCode } {
  if (randomBytes.length < CHEQUE_CODE_RANDOM_BYTES) {
    throw new RangeError(`generateChequeCode needs at least ${CHEQUE_CODE_RANDOM_BYTES} random bytes`);
  }
  let number = 0n;
  for (const byte of randomBytes.subarray(0, CHEQUE_CODE_RANDOM_BYTES)) {
    number = (number << 8n) | BigInt(byte);
  }
  let data = '';
  for (let index = 0; index < CHEQUE_CODE_DATA_LENGTH; index += 1) {
    data += CHEQUE_CODE_ALPHABET[Number(number % BigInt(BASE))];
    number /= BigInt(BASE);
  }
  return { code: (data + chequeCheckCharacter(data)) as ChequeCode };
}

/**
 * Why a typed code was not accepted:
 * - `cheque_code.malformed`: wrong length or a character that never appears in a code;
 * - `cheque_code.mistyped`: the right shape, but the check character does not match (a typo).
 * A well-formed code that the system does not know is the API's answer, not the parser's.
 *
 * @example
 * const reason: ChequeCodeParseReason = 'cheque_code.mistyped';
 */
export type ChequeCodeParseReason = 'cheque_code.malformed' | 'cheque_code.mistyped';

/**
 * Reads a code as a person types or scans it: spaces, dashes and lower case are fine.
 *
 * @example
 * parseChequeCode(' k7qm-3xrt 9ph '); // { ok: true, code: 'K7QM3XRT9PH' }
 * parseChequeCode('K7QM-3XRT-9PA'); // { ok: false, reason: 'cheque_code.mistyped' }
 * parseChequeCode('K7QM-3XRT'); // { ok: false, reason: 'cheque_code.malformed' }
 */
export function parseChequeCode(
  input: string,
): { ok: true; code: ChequeCode } | { ok: false; reason: ChequeCodeParseReason } {
  const compact = input.replace(/[\s\-\u2010-\u2015\u2212]/g, '').toUpperCase();
  if (compact.length !== CHEQUE_CODE_LENGTH) return { ok: false, reason: 'cheque_code.malformed' };
  for (const character of compact) {
    if (characterValue(character) < 0) return { ok: false, reason: 'cheque_code.malformed' };
  }
  if (!hasValidCheck(compact)) return { ok: false, reason: 'cheque_code.mistyped' };
  return { ok: true, code: compact as ChequeCode };
}

/**
 * Whether a string is already a canonical cheque code (no separators, upper case, valid check).
 *
 * @example
 * isChequeCode('K7QM-3XRT-9PH'); // false: canonical codes have no dashes
 */
export function isChequeCode(value: string): value is ChequeCode {
  const parsed = parseChequeCode(value);
  return parsed.ok && parsed.code === value;
}

/**
 * The printed form of a code, in groups that are easy to read aloud: `XXXX-XXXX-XXX`.
 *
 * @example
 * formatChequeCode(code); // 'K7QM-3XRT-9PH'
 */
export function formatChequeCode(code: ChequeCode): string {
  const parts: string[] = [];
  let start = 0;
  for (const size of GROUPS) {
    parts.push(code.slice(start, start + size));
    start += size;
  }
  return parts.join('-');
}
