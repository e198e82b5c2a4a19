import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFromSeed } from '../testing/fixtures';
import {
  CHEQUE_CODE_ALPHABET,
  CHEQUE_CODE_LENGTH,
  chequeCheckCharacter,
  formatChequeCode,
  generateChequeCode,
  isChequeCode,
  parseChequeCode,
} from './cheque-code';

const bytes16 = fc.uint8Array({ minLength: 16, maxLength: 32 });

describe('the cheque code alphabet', () => {
  it('has a prime number of distinct characters', () => {
    const size = CHEQUE_CODE_ALPHABET.length;
    expect(new Set(CHEQUE_CODE_ALPHABET).size).toBe(size);
    for (let divisor = 2; divisor * divisor <= size; divisor += 1) expect(size % divisor).not.toBe(0);
  });

  it('leaves out characters that are easily confused', () => {
    for (const confusing of ['0', 'O', '1', 'I', 'L', 'U', 'V'])
      expect(CHEQUE_CODE_ALPHABET).not.toContain(confusing);
  });
});

describe('generating a cheque code', () => {
  it('makes 11 characters of the alphabet that parse back to the same code', () => {
    fc.assert(
      fc.property(bytes16, (randomBytes) => {
        const { code } = generateChequeCode({ randomBytes });
        expect(code).toHaveLength(CHEQUE_CODE_LENGTH);
        expect([...code].every((character) => CHEQUE_CODE_ALPHABET.includes(character))).toBe(true);
        expect(parseChequeCode(code)).toEqual({ ok: true, code });
        expect(parseChequeCode(formatChequeCode(code))).toEqual({ ok: true, code });
        expect(parseChequeCode(` ${formatChequeCode(code).toLowerCase().replaceAll('-', ' - ')} `)).toEqual({
          ok: true,
          code,
        });
        expect(isChequeCode(code)).toBe(true);
      }),
    );
  });

  it('is determined by the bytes passed in', () => {
    const randomBytes = new Uint8Array(16).fill(7);
    expect(generateChequeCode({ randomBytes })).toEqual(
      generateChequeCode({ randomBytes: randomBytes.slice() }),
    );
  });

  it('gives different codes for different bytes', () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, seed) => codeFromSeed(seed)));
    expect(codes.size).toBe(2000);
  });

  it('refuses too few random bytes', () => {
    expect(() => generateChequeCode({ randomBytes: new Uint8Array(15) })).toThrow(RangeError);
  });

  it('prints in groups of four, four and three', () => {
    expect(formatChequeCode(codeFromSeed(1))).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
  });
});

describe('the check character', () => {
  const sample = Array.from({ length: 40 }, (_, seed) => codeFromSeed(seed * 7919 + 1));

  it('catches every single-character substitution, at every position, with every other character', () => {
    for (const code of sample) {
      for (let position = 0; position < code.length; position += 1) {
        for (const replacement of CHEQUE_CODE_ALPHABET) {
          if (replacement === code[position]) continue;
          const typo = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(parseChequeCode(typo)).toEqual({ ok: false, reason: 'cheque_code.mistyped' });
        }
      }
    }
  });

  it('catches every swap of two different neighbouring characters', () => {
    for (const code of sample) {
      for (let position = 0; position + 1 < code.length; position += 1) {
        if (code[position] === code[position + 1]) continue;
        const swapped =
          code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        expect(parseChequeCode(swapped)).toEqual({ ok: false, reason: 'cheque_code.mistyped' });
      }
    }
  });

  it('catches every adjacent swap for every pair of characters at every position', () => {
    const base = codeFromSeed(42);
    for (let position = 0; position + 1 < CHEQUE_CODE_LENGTH - 1; position += 1) {
      for (const a of CHEQUE_CODE_ALPHABET) {
        for (const b of CHEQUE_CODE_ALPHABET) {
          if (a === b) continue;
          const data = `${base.slice(0, position)}${a}${b}${base.slice(position + 2, CHEQUE_CODE_LENGTH - 1)}`;
          const code = data + chequeCheckCharacter(data);
          const swapped = `${base.slice(0, position)}${b}${a}${base.slice(position + 2, CHEQUE_CODE_LENGTH - 1)}`;
          expect(parseChequeCode(swapped + code.at(-1))).toEqual({
            ok: false,
            reason: 'cheque_code.mistyped',
          });
        }
      }
    }
  });

  it('catches random substitutions and swaps of any valid code', () => {
    fc.assert(
      fc.property(
        bytes16,
        fc.nat({ max: CHEQUE_CODE_LENGTH - 1 }),
        fc.nat({ max: CHEQUE_CODE_ALPHABET.length - 1 }),
        (randomBytes, position, replacementIndex) => {
          const { code } = generateChequeCode({ randomBytes });
          const replacement = CHEQUE_CODE_ALPHABET[replacementIndex]!;
          fc.pre(replacement !== code[position]);
          const typo = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(parseChequeCode(typo).ok).toBe(false);
        },
      ),
    );
  });

  it('refuses data of the wrong length or with foreign characters', () => {
    expect(() => chequeCheckCharacter('ABC')).toThrow(RangeError);
    expect(() => chequeCheckCharacter('ABCDEFGHJ0')).toThrow(RangeError);
  });
});

describe('parsing a typed cheque code', () => {
  it('calls a code of the wrong length malformed', () => {
    expect(parseChequeCode('K7QM-3XRT')).toEqual({ ok: false, reason: 'cheque_code.malformed' });
    expect(parseChequeCode('')).toEqual({ ok: false, reason: 'cheque_code.malformed' });
  });

  it('calls a code with a character that never appears in codes malformed', () => {
    const code = codeFromSeed(3);
    expect(parseChequeCode(`O${code.slice(1)}`)).toEqual({ ok: false, reason: 'cheque_code.malformed' });
    expect(parseChequeCode(`${code.slice(0, 10)}!`)).toEqual({ ok: false, reason: 'cheque_code.malformed' });
  });

  it('accepts typographic dashes from copied text', () => {
    const code = codeFromSeed(5);
    expect(parseChequeCode(formatChequeCode(code).replaceAll('-', '\u2013'))).toEqual({ ok: true, code });
  });

  it('does not call a formatted code canonical', () => {
    const code = codeFromSeed(9);
    expect(isChequeCode(formatChequeCode(code))).toBe(false);
    expect(isChequeCode(code.toLowerCase())).toBe(false);
  });
});

describe('the documented example code', () => {
  it('reads as documented', () => {
    expect(chequeCheckCharacter('K7QM3XRT9P')).toBe('H');
    expect(parseChequeCode(' k7qm-3xrt 9ph ')).toEqual({ ok: true, code: 'K7QM3XRT9PH' });
    expect(parseChequeCode('K7QM-3XRT-9PA')).toEqual({ ok: false, reason: 'cheque_code.mistyped' });
  });
});
