import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appWithPortalsForFile } from '../testing/app-for-file';
import type { TestApp } from '../testing/test-app';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, n) => `woord-${n}`))};\n`;
const INDEX = `<!doctype html><title>Ligo</title>${'<!-- padding -->'.repeat(100)}`;

let t: TestApp;
appWithPortalsForFile(
  {
    'ligo-portal/dist/index.html': INDEX,
    'ligo-portal/dist/assets/index-Qm3x9aZB.js': SCRIPT,
    'ligo-portal/dist/assets/logo-Zx81kPq2.png': Buffer.alloc(4096, 1),
  },
  (app) => {
    t = app;
  },
  { demo: false },
);

describe('compressed portal files', () => {
  it('sends scripts brotli-compressed to browsers that accept brotli, still cached for a year', async () => {
    const res = await t.request('/ligo/assets/index-Qm3x9aZB.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toContain('accept-encoding');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(SCRIPT.length / 2);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('sends the portal page gzip-compressed to browsers that only accept gzip', async () => {
    const res = await t.request('/ligo/sessions', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(INDEX);
  });

  it('sends files uncompressed to clients that accept no compression, and images as they are', async () => {
    const plain = await t.request('/ligo/assets/index-Qm3x9aZB.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
    const image = await t.request('/ligo/assets/logo-Zx81kPq2.png', { headers: { 'accept-encoding': 'br' } });
    expect(image.headers.get('content-encoding')).toBeNull();
    expect((await image.arrayBuffer()).byteLength).toBe(4096);
  });
});
