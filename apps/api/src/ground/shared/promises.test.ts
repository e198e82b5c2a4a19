import { describe, expect, it } from 'vitest';
import { allOf } from './promises';

describe('allOf', () => {
  it('answers each value under its own name, in the order the names were given', async () => {
    const later = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 5));
    const result = await allOf({ slow: later, fast: Promise.resolve(2), plain: 'as is' });
    expect(result).toEqual({ slow: 'late', fast: 2, plain: 'as is' });
    expect(Object.keys(result)).toEqual(['slow', 'fast', 'plain']);
  });

  it('rejects with the first rejection', async () => {
    await expect(allOf({ ok: Promise.resolve(1), broken: Promise.reject(new Error('no')) })).rejects.toThrow(
      'no',
    );
  });
});
