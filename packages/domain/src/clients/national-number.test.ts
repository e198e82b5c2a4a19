import { describe, expect, it } from 'vitest';
import {
  formatNationalNumber,
  isBelgianPhoneNumber,
  isBelgianPostcode,
  parseNationalNumber,
} from './national-number';

function withCheckDigits(body: string, bornAfter1999: boolean): string {
  const check = 97 - (Number(bornAfter1999 ? `2${body}` : body) % 97);
  return `${body}${String(check).padStart(2, '0')}`;
}

describe('parseNationalNumber', () => {
  it('accepts a number born before 2000 written the way the eID card prints it', () => {
    const digits = withCheckDigits('850730033', false);
    expect(parseNationalNumber(formatNationalNumber(digits))).toEqual({
      ok: true,
      nationalNumber: digits,
      bornAfter1999: false,
    });
  });

  it('accepts a number of someone born in 2000 or later by the check with a leading 2', () => {
    const digits = withCheckDigits('050412123', true);
    expect(parseNationalNumber(digits)).toEqual({ ok: true, nationalNumber: digits, bornAfter1999: true });
  });

  it('refuses a number whose check digits do not match', () => {
    const digits = withCheckDigits('850730033', false);
    const wrong = `${digits.slice(0, 9)}${String((Number(digits.slice(9)) % 97) + 1).padStart(2, '0')}`;
    expect(parseNationalNumber(wrong)).toEqual({
      ok: false,
      reasons: [{ code: 'national_number.check_digits' }],
    });
  });

  it('refuses anything that is not eleven digits or has an impossible date part', () => {
    expect(parseNationalNumber('12345')).toEqual({
      ok: false,
      reasons: [{ code: 'national_number.malformed' }],
    });
    expect(parseNationalNumber('85.15.30-033.28').ok).toBe(false);
    expect(parseNationalNumber('85.07.32-033.28').ok).toBe(false);
  });

  it('accepts a BIS number, whose month is raised by 20 or 40', () => {
    const digits = withCheckDigits('852730033', false);
    expect(parseNationalNumber(digits).ok).toBe(true);
  });
});

describe('isBelgianPhoneNumber', () => {
  it('accepts landlines and mobiles, national or international', () => {
    for (const value of [
      '09 266 00 00',
      '0470 12 34 56',
      '+32 470 12 34 56',
      '0032 9 266 00 00',
      '(09) 266.00.00',
      '+32 (0)9 266 77 00',
    ]) {
      expect(isBelgianPhoneNumber(value)).toBe(true);
    }
  });

  it('refuses foreign, short, long or lettered numbers', () => {
    for (const value of ['+31 6 12345678', '0470 12 34', '0470 12 34 56 78', '0470 ab 34 56', '470123456']) {
      expect(isBelgianPhoneNumber(value)).toBe(false);
    }
  });
});

describe('isBelgianPostcode', () => {
  it('accepts four digits from 1000 and refuses the rest', () => {
    expect(isBelgianPostcode('9000')).toBe(true);
    expect(isBelgianPostcode('0900')).toBe(false);
    expect(isBelgianPostcode('900')).toBe(false);
  });
});
