// Lists the functions of more than `--max` lines (default 150) in the given folders, tests left
// out: `node tooling/scripts/long-functions.mjs apps/api/src bench`. Exits 1 when it finds one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const { values, positionals } = parseArgs({
  options: { max: { type: 'string', default: '150' } },
  allowPositionals: true,
});
const max = Number(values.max);
const roots = positionals.length > 0 ? positionals : ['apps/api/src', 'bench'];
const isTest = (file) => /\.(test|spec)\.tsx?$/.test(file) || /\/e2e\//.test(file);

function* sourceFiles(path) {
  if (statSync(path).isFile()) {
    if (/\.(ts|tsx|mjs)$/.test(path) && !path.endsWith('.d.ts') && !isTest(path)) yield path;
    return;
  }
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist' || name === 'results') continue;
    yield* sourceFiles(join(path, name));
  }
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) &&
    ts.isIdentifier(parent.name)
  )
    return parent.name.text;
  return '(anonymous)';
}

const found = [];
for (const root of roots) {
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
        const lines = end - start + 1;
        if (lines > max)
          found.push({ file: relative(process.cwd(), file), name: nameOf(node), start, lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}
found.sort((a, b) => b.lines - a.lines);
for (const { file, name, start, lines } of found)
  process.stdout.write(`${String(lines).padStart(5)}  ${name}  ${file}:${start}\n`);
process.stdout.write(`${found.length} function(s) over ${max} lines\n`);
if (found.length > 0) process.exitCode = 1;
