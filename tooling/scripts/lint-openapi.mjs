// Lints the OpenAPI document the API serves with Redocly's `recommended` rules and Spectral's
// `spectral:oas`, and fails on any error or warning that apps/api/openapi-lint.allowlist.json does not
// list with its reason (or on a listed finding that no longer occurs). The document is built from
// the app's routes without a server. Writes test-results/openapi-lint.json for the totals line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'test-results', 'openapi');
const documentFile = join(outDir, 'openapi.json');
const allowlistFile = join(root, 'apps/api/openapi-lint.allowlist.json');
const spectralRuleset = join(root, 'apps/api/openapi-lint.spectral.yaml');
const reportFile = join(root, 'test-results', 'openapi-lint.json');

mkdirSync(outDir, { recursive: true });

function run(command, args, { cwd = root } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

function pointer(path) {
  return `#/${path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

function parseJson(text, tool) {
  const start = text.search(/[[{]/);
  try {
    return JSON.parse(start >= 0 ? text.slice(start) : text);
  } catch {
    throw new Error(`${tool} printed no JSON report:\n${text.slice(0, 2000)}`);
  }
}

const write = run('pnpm', [
  '--filter',
  '@digipakket/api',
  'exec',
  'tsx',
  'src/roof/server/openapi.write.ts',
  documentFile,
]);
if (write.status !== 0) {
  console.error(write.stdout, write.stderr);
  console.error('Could not build the OpenAPI document.');
  process.exit(1);
}

const findings = [];
const redocly = run('pnpm', [
  'exec',
  'redocly',
  'lint',
  documentFile,
  '--extends=recommended',
  '--format=json',
  '--max-problems=100000',
  '--lint-config=off',
]);
for (const problem of parseJson(redocly.stdout, 'Redocly').problems ?? []) {
  if (problem.severity !== 'error' && problem.severity !== 'warn') continue;
  findings.push({
    tool: 'redocly',
    rule: problem.ruleId,
    severity: problem.severity,
    location: problem.location?.[0]?.pointer ?? '#',
    message: problem.message,
  });
}

const spectral = run('pnpm', [
  'exec',
  'spectral',
  'lint',
  documentFile,
  '--ruleset',
  spectralRuleset,
  '-f',
  'json',
  '-q',
]);
// Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
for (const problem of parseJson(spectral.stdout || '[]', 'Spectral')) {
  if (problem.severity > 1) continue;
  findings.push({
    tool: 'spectral',
    rule: problem.code,
    severity: problem.severity === 0 ? 'error' : 'warn',
    location: pointer(problem.path ?? []),
    message: problem.message,
  });
}

const { entries } = JSON.parse(readFileSync(allowlistFile, 'utf8'));
for (const entry of entries) {
  if (!entry.reason?.trim()) throw new Error(`Allowlist entry ${entry.tool} ${entry.rule} has no reason.`);
}
const matches = (entry, finding) =>
  entry.tool === finding.tool && entry.rule === finding.rule && entry.location === finding.location;
const unlisted = findings.filter((finding) => !entries.some((entry) => matches(entry, finding)));
const stale = entries.filter((entry) => !findings.some((finding) => matches(entry, finding)));

const checks = ['redocly', 'spectral'].map((tool) => {
  const own = unlisted.filter((finding) => finding.tool === tool);
  const gone = stale.filter((entry) => entry.tool === tool);
  return {
    name: tool === 'redocly' ? 'OpenAPI: Redocly recommended' : 'OpenAPI: Spectral spectral:oas',
    ok: own.length === 0 && gone.length === 0,
    detail: [
      ...own.map((f) => `${f.severity} ${f.rule} at ${f.location}: ${f.message}`),
      ...gone.map(
        (e) => `allowlisted ${e.rule} at ${e.location} no longer occurs: remove it from the allowlist`,
      ),
    ].join('; '),
  };
});
writeFileSync(reportFile, `${JSON.stringify({ kind: 'openapi-lint', checks, findings }, null, 2)}\n`);

for (const finding of unlisted) {
  console.error(
    `${finding.tool}: ${finding.severity} ${finding.rule} at ${finding.location}: ${finding.message}`,
  );
}
for (const entry of stale) {
  console.error(`${entry.tool}: allowlisted ${entry.rule} at ${entry.location} no longer occurs; remove it.`);
}
const accepted = findings.length - unlisted.length;
console.log(
  `OpenAPI lint: ${findings.length} findings, ${accepted} allowlisted, ${unlisted.length} not allowlisted, ${stale.length} stale allowlist entries.`,
);
process.exit(unlisted.length + stale.length > 0 ? 1 : 0);
