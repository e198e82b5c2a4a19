/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE_ROOT = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const FORBIDDEN = [
  { name: 'Date.now()', pattern: /\bDate\.now\s*\(/ },
  { name: 'new Date() without an argument', pattern: /\bnew\s+Date\s*\(\s*\)/ },
  { name: 'Math.random()', pattern: /\bMath\.random\s*\(/ },
  { name: 'crypto', pattern: /\bcrypto\./ },
  { name: 'performance.now()', pattern: /\bperformance\.now\s*\(/ },
  { name: 'process', pattern: /\bprocess\./ },
];

describe('the domain source', () => {
  const files = sourceFiles(SOURCE_ROOT);

  it('is found by the scan', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('never reads the clock, a random source or the environment itself', () => {
    const offences = files.flatMap((file) => {
      const source = withoutComments(readFileSync(file, 'utf8'));
      return FORBIDDEN.filter(({ pattern }) => pattern.test(source)).map(({ name }) => `${file}: ${name}`);
    });
    expect(offences).toEqual([]);
  });

  it('imports nothing from outside the package', () => {
    const offences = files.flatMap((file) => {
      const source = withoutComments(readFileSync(file, 'utf8'));
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]!);
      const allowed = (specifier: string) =>
        specifier.startsWith('.') || (file.includes(`${join('src', 'testing')}`) && specifier === 'vitest');
      return imports.filter((specifier) => !allowed(specifier)).map((specifier) => `${file}: ${specifier}`);
    });
    expect(offences).toEqual([]);
  });
});
