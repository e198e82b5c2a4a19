import { describe, expect, it } from 'vitest';
import { appWithPortalsForFile } from '../testing/app-for-file';
import type { TestApp } from '../testing/test-app';

let t: TestApp;
appWithPortalsForFile(
  {
    'beego-portal/dist/index.html': '<!doctype html><title>Beego</title>',
    'beego-portal/dist/assets/index-BfQ3x9aZ.js': 'console.log(1)',
    'beego-portal/dist/favicon.svg': '<svg/>',
  },
  (app) => {
    t = app;
  },
  { demo: false },
);

describe('static portals', () => {
  it('serves index.html without caching and with the security headers', async () => {
    const res = await t.request('/beego/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Beego</title>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  it('caches hashed assets for a year', async () => {
    const res = await t.request('/beego/assets/index-BfQ3x9aZ.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('answers unknown app paths with index.html and unknown files with 404', async () => {
    const page = await t.request('/beego/visits/chq_123');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Beego</title>');
    expect((await t.request('/beego/assets/missing.js')).status).toBe(404);
  });

  it('does not serve files outside the portal', async () => {
    const res = await t.request('/beego/..%2f..%2fetc%2fpasswd');
    expect([400, 404]).toContain(res.status);
  });

  it('redirects the bare portal path to its folder', async () => {
    const res = await t.request('/beego');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/beego/');
  });

  it('keeps the query when it redirects the bare portal path, so a link to a narrowed page survives', async () => {
    const res = await t.request('/beego?cheque=chq_abc123');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/beego/?cheque=chq_abc123');
  });
});
