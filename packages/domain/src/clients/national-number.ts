import type { Reason } from '../shared/result';

/**
 * Codes {@link parseNationalNumber} refuses with.
 *
 * @example
 * const code: NationalNumberReasonCode = 'national_number.check_digits';
 */
export type NationalNumberReasonCode = 'national_number.malformed' | 'national_number.check_digits';

/**
 * Reads a Belgian national register number (rijksregisternummer, `YY.MM.DD-SSS.CC`) typed with or
 * without dots, dashes and spaces, and checks its two check digits: 97 minus the first nine digits
 * modulo 97, with a `2` in front of those nine digits for people born in 2000 or later. Returns the
 * eleven digits, or why it is refused. A birth date part of `00` (unknown day or month) is accepted,
 * as the register issues such numbers.
 *
 * @example
 * parseNationalNumber('85.07.30-033.28'); // { ok: true, nationalNumber: '85073003328', bornAfter1999: false }
 * parseNationalNumber('85.07.30-033.29'); // { ok: false, reasons: [{ code: 'national_number.check_digits' }] }
 */
export function parseNationalNumber(
  value: string,
):
  | { ok: true; nationalNumber: string; bornAfter1999: boolean }
  | { ok: false; reasons: Reason<NationalNumberReasonCode>[] } {
  const stripped = value.replace(/[\s.\-/]/g, '');
  if (!/^[0-9]{11}$/.test(stripped)) return { ok: false, reasons: [{ code: 'national_number.malformed' }] };
  const month = Number(stripped.slice(2, 4));
  const day = Number(stripped.slice(4, 6));
  // Months above 12 are used for numbers given to people not (yet) in the register (BIS numbers: +20, +40).
  const monthPart = month % 20;
  if (monthPart > 12 || day > 31) return { ok: false, reasons: [{ code: 'national_number.malformed' }] };
  const body = stripped.slice(0, 9);
  const check = Number(stripped.slice(9));
  const before2000 = 97 - (Number(body) % 97);
  const after1999 = 97 - (Number(`2${body}`) % 97);
  if (check === before2000) return { ok: true, nationalNumber: stripped, bornAfter1999: false };
  if (check === after1999) return { ok: true, nationalNumber: stripped, bornAfter1999: true };
  return { ok: false, reasons: [{ code: 'national_number.check_digits' }] };
}

/**
 * Writes eleven digits the way the eID card prints them.
 *
 * @example
 * formatNationalNumber('85073003328'); // '85.07.30-033.28'
 */
export function formatNationalNumber(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9, 11)}`;
}

/**
 * Whether a phone number is a Belgian one: `0` and 8 or 9 more digits (e.g. `09 266 00 00`,
 * `0470 12 34 56`), or the same after `+32` or `0032` without the leading `0` (or with it in brackets). Spaces, dots,
 * slashes, dashes and brackets are allowed between digits.
 *
 * @example
 * isBelgianPhoneNumber('+32 470 12 34 56'); // true
 * isBelgianPhoneNumber('+31 6 12345678'); // false
 */
export function isBelgianPhoneNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\+?[0-9 ./()-]+$/.test(trimmed)) return false;
  const digits = trimmed.replace(/[^0-9]/g, '');
  // "+32 (0)9 …" is a common way to write it: the trunk 0 after the country code is dropped.
  const afterCountryCode = (rest: string) => `0${rest.replace(/^0/, '')}`;
  const national = trimmed.startsWith('+')
    ? digits.startsWith('32')
      ? afterCountryCode(digits.slice(2))
      : ''
    : digits.startsWith('0032')
      ? afterCountryCode(digits.slice(4))
      : digits;
  return /^0[1-9][0-9]{7,8}$/.test(national);
}

/**
 * Whether a value is a Belgian postcode: four digits from 1000 to 9999.
 *
 * @example
 * isBelgianPostcode('9000'); // true
 * isBelgianPostcode('0900'); // false
 */
export function isBelgianPostcode(value: string): boolean {
  return /^[1-9][0-9]{3}$/.test(value.trim());
}
