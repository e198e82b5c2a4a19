import { describe, expect, it } from 'vitest';
import type { Database } from './database';
import { preparedPerDatabase } from './prepared';

describe('preparedPerDatabase', () => {
  it('builds a query once per database handle, and apart for every other handle such as a transaction', () => {
    let builds = 0;
    const queryOf = preparedPerDatabase(() => ({ build: ++builds }));
    const db = {} as Database;
    const tx = {} as Database;
    expect(queryOf(db)).toBe(queryOf(db));
    expect(queryOf(tx)).not.toBe(queryOf(db));
    expect(builds).toBe(2);
  });
});
