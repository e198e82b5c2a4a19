import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../ground/http/app.types';

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

type StaticFile = { bytes: Buffer; stamp: string };

async function readFileIfExists(path: string): Promise<StaticFile | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? { bytes: await readFile(path), stamp: `${info.mtimeMs}:${info.size}` } : undefined;
  } catch {
    return undefined;
  }
}

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);
// Below this a compressed answer saves less than its headers cost.
const MIN_COMPRESS_BYTES = 1024;

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (`q=0` refuses one), brotli first. */
export function pickEncoding({
  acceptEncoding,
}: {
  acceptEncoding: string | undefined;
}): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = accepted.get('*') ?? 0;
  for (const encoding of ['br', 'gzip'] as const) {
    if ((accepted.get(encoding) ?? wildcard) > 0) return encoding;
  }
  return undefined;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// The portals' files only change with a new build, so each is compressed once, at the highest
// level, off the event loop; the stamp (mtime and size) notices a rebuild under a running server.
const compressedCache = new Map<string, { stamp: string; bytes: Buffer }>();
const COMPRESSED_CACHE_ENTRIES = 2000;

async function compressed({ path, file, encoding }: { path: string; file: StaticFile; encoding: Encoding }) {
  const key = `${encoding}:${path}`;
  const cached = compressedCache.get(key);
  if (cached?.stamp === file.stamp) return cached.bytes;
  const bytes =
    encoding === 'br'
      ? await brotli(file.bytes, {
          params: {
            [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: file.bytes.length,
          },
        })
      : await gzipAsync(file.bytes, { level: 9 });
  if (compressedCache.size >= COMPRESSED_CACHE_ENTRIES) compressedCache.clear();
  compressedCache.set(key, { stamp: file.stamp, bytes });
  return bytes;
}

async function sendFile({
  c,
  path,
  file,
  cacheControl,
}: {
  c: Context<AppEnv>;
  path: string;
  file: StaticFile;
  cacheControl: string;
}) {
  const extension = extname(path).toLowerCase();
  c.header('content-type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
  c.header('cache-control', cacheControl);
  if (!COMPRESSIBLE.has(extension)) return c.body(new Uint8Array(file.bytes));
  c.header('vary', 'accept-encoding');
  const encoding = pickEncoding({ acceptEncoding: c.req.header('accept-encoding') });
  if (!encoding || file.bytes.length < MIN_COMPRESS_BYTES) return c.body(new Uint8Array(file.bytes));
  c.header('content-encoding', encoding);
  return c.body(new Uint8Array(await compressed({ path, file, encoding })));
}

/**
 * Serves `/ocmw/*`, `/beego/*` and `/ligo/*` from each portal's dist: hashed assets cached for a year,
 * index.html never cached, text files brotli- or gzip-compressed as the browser accepts, and unknown
 * paths without an extension answered with index.html so the portal's router can handle them. A
 * portal that is not built answers 503 saying how to build it.
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

    // Keep the query: a portal link such as /beego?cheque=… must still narrow the page after the redirect.
    app.get(base, (c) => c.redirect(`${base}/${new URL(c.req.url).search}`, 301));
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
        const cacheControl = HASHED_ASSET.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache';
        return sendFile({ c, path: target, file, cacheControl });
      }
      if (!isIndex && extname(relative) !== '') return c.text('Not found', 404);

      const indexPath = join(distDir, 'index.html');
      const index = await readFileIfExists(indexPath);
      if (!index) return c.text('Not found', 404);
      return sendFile({ c, path: indexPath, file: index, cacheControl: 'no-cache' });
    });
  }
}
