// `pnpm dev`: the API with reload on change and each portal on its Vite dev server
// (which proxies /api to the API), all stopped together with Ctrl+C.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tasks = [
  { name: 'api', filter: '@digipakket/api' },
  { name: 'ocmw', filter: '@digipakket/ocmw-portal' },
  { name: 'beego', filter: '@digipakket/beego-portal' },
  { name: 'ligo', filter: '@digipakket/ligo-portal' },
];

const children = tasks.map(({ name, filter }) => {
  const child = spawn('pnpm', ['--filter', filter, 'run', 'dev'], {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
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
