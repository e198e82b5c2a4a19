import { describe, expect, it } from 'vitest';
import { generateId, ID_PREFIXES, isIdOf, randomString } from './ids';

describe('generateId', () => {
  it('starts every id with the prefix of its kind', () => {
    expect(generateId({ kind: 'client' })).toMatch(/^cli_[0-9a-z]{20}$/);
    expect(generateId({ kind: 'tenant' })).toMatch(/^ten_/);
    expect(generateId({ kind: 'cheque' })).toMatch(/^chq_/);
  });

  it('does not repeat itself over many draws', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => generateId({ kind: 'user' })));
    expect(ids.size).toBe(10_000);
  });

  it('uses a distinct prefix for every kind', () => {
    const prefixes = Object.values(ID_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('isIdOf', () => {
  it('accepts an id of the kind and refuses other kinds or garbage', () => {
    const id = generateId({ kind: 'device' });
    expect(isIdOf({ kind: 'device', value: id })).toBe(true);
    expect(isIdOf({ kind: 'client', value: id })).toBe(false);
    expect(isIdOf({ kind: 'device', value: "dev_' or 1=1" })).toBe(false);
  });
});

describe('randomString', () => {
  it('draws only from the given alphabet', () => {
    expect(randomString({ length: 200, alphabet: 'AB' })).toMatch(/^[AB]{200}$/);
  });
});
