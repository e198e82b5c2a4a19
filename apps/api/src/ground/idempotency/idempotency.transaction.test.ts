import { describe, expect, it } from 'vitest';
import { hashRequestBody, readIdempotencyKey } from './idempotency.transaction';

describe('readIdempotencyKey', () => {
  it('accepts 8 to 128 visible characters', () => {
    expect(readIdempotencyKey({ header: 'abcd-1234' }).key).toBe('abcd-1234');
    expect(readIdempotencyKey({ header: 'x'.repeat(128), required: true }).key).toHaveLength(128);
  });

  it('treats a missing key as none, unless the route requires one', () => {
    expect(readIdempotencyKey({ header: undefined }).key).toBeUndefined();
    expect(() => readIdempotencyKey({ header: undefined, required: true })).toThrow(
      expect.objectContaining({ code: 'idempotency.key_missing', status: 400 }),
    );
  });

  it('refuses a key that is too short, too long or holds spaces, with the code of the route kind', () => {
    for (const header of ['short', 'x'.repeat(129), 'has a space']) {
      expect(() => readIdempotencyKey({ header })).toThrow(
        expect.objectContaining({ code: 'idempotency.key_invalid' }),
      );
      expect(() => readIdempotencyKey({ header, required: true })).toThrow(
        expect.objectContaining({ code: 'idempotency.key_missing' }),
      );
    }
  });
});

describe('hashRequestBody', () => {
  it('hashes the same fields in any order alike and ignores undefined fields', () => {
    expect(hashRequestBody({ body: { a: 1, b: { c: 2, d: [1, 2] } } })).toBe(
      hashRequestBody({ body: { b: { d: [1, 2], c: 2 }, a: 1, e: undefined } }),
    );
  });

  it('tells different values and array orders apart', () => {
    expect(hashRequestBody({ body: { a: 1 } })).not.toBe(hashRequestBody({ body: { a: 2 } }));
    expect(hashRequestBody({ body: { a: [1, 2] } })).not.toBe(hashRequestBody({ body: { a: [2, 1] } }));
  });
});
