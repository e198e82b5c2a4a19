import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderWelcomePack, SAMPLE_BRANDING, samplePack } from '@digipakket/api/operations';
import { median } from './load';
import { freePort, ROOT, startProcess, waitForOk } from './processes';

export const PORTALS = ['ocmw-portal', 'beego-portal', 'ligo-portal'] as const;

/**
 * The JavaScript a portal's first page load fetches: the entry module and the chunks it preloads
 * (lazy pages are left out), gzipped at level 9 as a server would send them.
 */
export function portalFirstLoadBytes({ portal }: { portal: (typeof PORTALS)[number] }) {
  const dist = join(ROOT, 'apps', portal, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) sources.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g))
    sources.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]+rel="modulepreload"/g))
    sources.add(match[1]!);
  let gzipped = 0;
  const files: string[] = [];
  for (const source of sources) {
    const relative = source.replace(/^.*?\/assets\//, 'assets/');
    const file = join(dist, relative);
    if (!existsSync(file)) continue;
    files.push(relative);
    gzipped += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return { gzipped, files };
}

export function portalsBuilt(): boolean {
  return PORTALS.every((portal) => existsSync(join(ROOT, 'apps', portal, 'dist', 'index.html')));
}

/** `pnpm start` on a fresh PGlite folder, until /api/health answers 200 (demo data loaded by then). */
export async function measureStartup({ runs }: { runs: number }) {
  const times: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'digipakket-bench-start-'));
    const port = await freePort();
    const server = startProcess({
      command: 'pnpm',
      args: ['start'],
      env: {
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
        TURBO_TELEMETRY_DISABLED: '1',
      },
    });
    try {
      times.push(
        await waitForOk({
          url: `http://127.0.0.1:${port}/api/health`,
          timeoutMs: 120_000,
          child: server.child,
        }),
      );
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { medianMs: median(times), times };
}

/** Renders the sample welcome pack `runs` times (after one warm-up) and returns the median. */
export async function measureWelcomePack({
  runs,
  language = 'ar',
}: {
  runs: number;
  language?: 'ar' | 'nl';
}) {
  const args = { data: samplePack(), language, branding: SAMPLE_BRANDING };
  await renderWelcomePack(args);
  const times: number[] = [];
  let bytes = 0;
  for (let n = 0; n < runs; n += 1) {
    const started = performance.now();
    const pdf = await renderWelcomePack(args);
    times.push(performance.now() - started);
    bytes = pdf.length;
  }
  return { medianMs: median(times), bytes };
}

export function listResultFiles(): string[] {
  const dir = join(ROOT, 'bench', 'results');
  return existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')) : [];
}
