// `pnpm dev`: the API with reload on change and each portal on its Vite dev server
// (which proxies /api to the API), all stopped together with Ctrl+C.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The Vite dev servers proxy /api to the API; the browser's Origin is then the dev server's,
// so the API must accept those origins for state-changing requests.
const portals = [
  { name: 'ocmw', filter: '@digipakket/ocmw-portal', port: 5173 },
  { name: 'beego', filter: '@digipakket/beego-portal', port: 5174 },
  { name: 'ligo', filter: '@digipakket/ligo-portal', port: 5175 },
];
const devOrigins = portals.flatMap(({ port }) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);
const tasks = [
  { name: 'api', filter: '@digipakket/api', env: { ALLOWED_ORIGINS: devOrigins.join(',') } },
  ...portals,
];

const children = tasks.map(({ name, filter, env }) => {
  const child = spawn('pnpm', ['--filter', filter, 'run', 'dev'], {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  const relay = (stream, out) =>
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) out.write(`${prefix}${line}\n`);
    });
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  return child;
});

console.log(
  [
    'Digipakket in development mode (reload on change):',
    ...portals.map(({ name, port }) => `  ${name.padEnd(6)} http://localhost:${port}/${name}/`),
    '  api    http://localhost:3000/api (reference: /api/docs)',
  ].join('\n'),
);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
