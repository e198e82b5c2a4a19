import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from './config';

const operations = readFileSync(
  fileURLToPath(new URL('../../../../../docs/operations.md', import.meta.url)),
  'utf8',
);

describe('the operations guide', () => {
  it('documents every setting the API reads', () => {
    const missing = Object.values(SETTINGS)
      .map((setting) => setting.env)
      .filter((env) => !operations.includes(`| \`${env}\` |`));
    expect(missing).toEqual([]);
  });
});
