import { type ChildProcess, spawn } from 'node:child_process';

/**
 * A server of a spec's own, on the demo data in memory, for a spec that changes what every other
 * spec relies on (a second factor required, a provider instead of passwords). It answers on
 * `localhost`: a passkey's relying party is a domain, not an IP address.
 */
export async function startDemoServer({ port }: { port: number }) {
  const origin = `http://localhost:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['apps/api/dist/server.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: origin,
      DATA_DIR: 'memory://',
      DEMO_DATA: 'auto',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const deadline = Date.now() + 150_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error('The server did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, stop: () => server.kill('SIGTERM') };
}
