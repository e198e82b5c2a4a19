import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './app.types';

export const PORTAL_APPS = [
  { path: 'ocmw', folder: 'ocmw-portal', title: 'OCMW' },
  { path: 'beego', folder: 'beego-portal', title: 'Beego' },
  { path: 'ligo', folder: 'ligo-portal', title: 'Ligo' },
] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

// Vite puts content-hashed files under assets/; their name changes with their content.
const HASHED_ASSET = /(^|\/)assets\/.+[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Where each portal's built files are. */
export function portalDistDir({ portalsDir, folder }: { portalsDir: string; folder: string }): string {
  return join(portalsDir, folder, 'dist');
}

async function readFileIfExists(path: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `/ocmw/*`, `/beego/*` and `/ligo/*` from each portal's dist: hashed assets cached for a year,
 * index.html never cached, and unknown paths without an extension answered with index.html so the
 * portal's router can handle them. A portal that is not built answers 503 saying how to build it.
 */
export function registerPortalRoutes({ app, portalsDir }: { app: Hono<AppEnv>; portalsDir: string }) {
  app.get('/', (c) => {
    const links = PORTAL_APPS.map(
      (portal) => `<li><a href="/${portal.path}/">${portal.title}</a> <span>/${portal.path}/</span></li>`,
    ).join('');
    c.header('cache-control', 'no-cache');
    return c.html(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Digipakket</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}a{font-size:1.25rem}span{color:#666;font-size:.875rem}li{margin:.5rem 0}</style></head><body><h1>Digipakket</h1><ul>${links}</ul><p><a href="/api/docs">API</a></p></body></html>`,
    );
  });

  for (const portal of PORTAL_APPS) {
    const distDir = portalDistDir({ portalsDir, folder: portal.folder });
    const base = `/${portal.path}`;

    app.get(base, (c) => c.redirect(`${base}/`, 301));
    app.get(`${base}/*`, async (c) => {
      if (!existsSync(join(distDir, 'index.html'))) {
        c.header('cache-control', 'no-store');
        return c.text(
          `The ${portal.title} portal is not built yet (no ${join(portal.folder, 'dist')}). Run \`pnpm build\` in the repository root, then reload.`,
          503,
        );
      }
      let relative: string;
      try {
        relative = decodeURIComponent(c.req.path.slice(base.length + 1));
      } catch {
        return c.text('Not found', 404);
      }
      const target = normalize(join(distDir, relative));
      if (relative.includes('\0') || (target !== distDir && !target.startsWith(distDir + sep))) {
        return c.text('Not found', 404);
      }

      const isIndex = relative === '' || relative === 'index.html';
      const file = isIndex ? undefined : await readFileIfExists(target);
      if (file) {
        c.header('content-type', CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream');
        c.header(
          'cache-control',
          HASHED_ASSET.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        return c.body(new Uint8Array(file));
      }
      if (!isIndex && extname(relative) !== '') return c.text('Not found', 404);

      const index = await readFileIfExists(join(distDir, 'index.html'));
      if (!index) return c.text('Not found', 404);
      c.header('content-type', CONTENT_TYPES['.html']!);
      c.header('cache-control', 'no-cache');
      return c.body(new Uint8Array(index));
    });
  }
}
