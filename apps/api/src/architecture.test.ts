import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The API's folders, lowest layer first (see docs/adr/0007-layers-in-the-folders.md). A folder may
 * import its own layer and the layers below it, never one above; two folders never import each other.
 */
const LAYERS = ['ground', 'records', 'tracks', 'read-models', 'roof'] as const;

const sourceRoot = dirname(fileURLToPath(import.meta.url));

type Edge = { fromFile: string; toFile: string; from: string; to: string };

/** Every TypeScript source file under the root, tests left out, as paths relative to it. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(test|test-d)\.ts$/.test(file))
    .map((file) => file.split(sep).join('/'));
}

/** `layer/feature` of a source path, or undefined for the entry files at the root. */
function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  return parts.length >= 3 ? `${parts[0]}/${parts[1]}` : undefined;
}

/** The relative imports of one file (static, re-exports and dynamic), as paths relative to the root. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]*)['"]/g),
  ];
  return specifiers.map((match) =>
    relative(sourceRoot, resolve(sourceRoot, dirname(file), match[1]!))
      .split(sep)
      .join('/'),
  );
}

/** The folder graph of the given files: one edge per import from one folder into another. */
function folderEdges(files: Map<string, string>): Edge[] {
  const edges: Edge[] = [];
  for (const [fromFile, text] of files) {
    const from = folderOf(fromFile) ?? '(entry)';
    for (const toFile of importsOf(fromFile, text)) {
      const to = folderOf(toFile) ?? '(entry)';
      if (to !== from) edges.push({ fromFile, toFile, from, to });
    }
  }
  return edges;
}

const layerOf = (folder: string) => LAYERS.indexOf(folder.split('/')[0] as (typeof LAYERS)[number]);

/** Where each file lies outside the layers: a folder at the root that is no layer, a file outside a feature. */
function misplacedFiles(files: string[]): string[] {
  return files.filter((file) => {
    const parts = file.split('/');
    if (parts.length === 1) return false; // the package's entry files (server, cli, contracts)
    return layerOf(file) < 0 || parts.length < 3;
  });
}

/** Imports into a higher layer, or into an entry file, each named by file. */
function upwardImports(edges: Edge[]): string[] {
  return edges
    .filter(({ from, to }) => from !== '(entry)' && (to === '(entry)' || layerOf(to) > layerOf(from)))
    .map(({ fromFile, toFile }) => `${fromFile} imports ${toFile}`);
}

/** Pairs of folders that import each other, each with the files on both sides. */
function mutualPairs(edges: Edge[]): string[] {
  const byPair = new Map<string, Edge[]>();
  for (const edge of edges) {
    const key = `${edge.from} -> ${edge.to}`;
    byPair.set(key, [...(byPair.get(key) ?? []), edge]);
  }
  const pairs: string[] = [];
  for (const [key, there] of byPair) {
    const [from, to] = key.split(' -> ') as [string, string];
    const back = byPair.get(`${to} -> ${from}`);
    if (!back || from > to) continue;
    const files = [...there, ...back].map(({ fromFile, toFile }) => `  ${fromFile} imports ${toFile}`);
    pairs.push(`${from} <-> ${to}\n${files.join('\n')}`);
  }
  return pairs;
}

function readSources(): Map<string, string> {
  return new Map(sourceFiles(sourceRoot).map((file) => [file, readFileSync(join(sourceRoot, file), 'utf8')]));
}

describe('the folders of the API', () => {
  const sources = readSources();
  const edges = folderEdges(sources);

  it('puts every source file in a feature folder of one of the five layers', () => {
    expect(
      misplacedFiles([...sources.keys()]),
      'files outside ground, records, tracks, read-models, roof',
    ).toEqual([]);
  });

  it('never imports a folder of a higher layer, nor the entry files at the root', () => {
    expect(upwardImports(edges), 'imports into a higher layer').toEqual([]);
  });

  it('has no two folders that import each other', () => {
    expect(mutualPairs(edges), 'folders importing each other').toEqual([]);
  });

  it('finds an upward import and a mutual pair when the files hold one', () => {
    const bad = new Map([
      ['records/clients/clients.repository.ts', "import { x } from '../../tracks/intake/intake.tables';"],
      [
        'tracks/intake/intake.tables.ts',
        "import { clientsTable } from '../../records/clients/clients.tables';",
      ],
      ['tracks/devices/devices.usecases.ts', "export { y } from '../cheques/cheques.mapping';"],
      ['tracks/cheques/cheques.mapping.ts', "const z = await import('../devices/devices.usecases');"],
      ['modules/loose/loose.ts', ''],
    ]);
    const badEdges = folderEdges(bad);
    expect(upwardImports(badEdges)).toEqual([
      'records/clients/clients.repository.ts imports tracks/intake/intake.tables',
    ]);
    expect(mutualPairs(badEdges).map((pair) => pair.split('\n')[0])).toEqual([
      'records/clients <-> tracks/intake',
      'tracks/cheques <-> tracks/devices',
    ]);
    expect(misplacedFiles([...bad.keys()])).toEqual(['modules/loose/loose.ts']);
  });
});
