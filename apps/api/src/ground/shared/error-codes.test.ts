import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './error-codes';

const apiSource = fileURLToPath(new URL('../..', import.meta.url));
const domainSource = fileURLToPath(new URL('../../../../../packages/domain/src', import.meta.url));

/** The text of every TypeScript file under `folder` that is not a test and not the list itself. */
function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(test|test-d)\.ts$/.test(file))
    .filter((file) => !file.endsWith('error-codes.ts'))
    .map((file) => readFileSync(join(folder, file), 'utf8'));
}

describe('ERROR_CODES', () => {
  it('lists each code once, as a dotted lower-case name', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
  });

  it('holds no dead code: each one is raised somewhere in the API or comes from a domain refusal', () => {
    const sources = [...sourcesUnder(apiSource), ...sourcesUnder(domainSource)].join('\n');
    const dead = ERROR_CODES.filter((code) => !sources.includes(`'${code}'`));
    expect(dead).toEqual([]);
  });
});
