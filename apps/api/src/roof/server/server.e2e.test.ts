import { describe, expect, it } from 'vitest';
import { API_TAGS } from '../../ground/http/routes';
import { appForFile } from '../testing/app-for-file';
import { expectRefusal } from '../testing/expect-refusal';
import type { TestApp } from '../testing/test-app';

let t: TestApp;
appForFile(
  (app) => {
    t = app;
  },
  { env: { BODY_LIMIT_BYTES: '2048' } },
);

describe('health', () => {
  it('answers ok with the database kind and the applied migrations', async () => {
    const res = await t.request('/api/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ok');
    expect(body.database).toBe(t.driver);
    expect(body.migrations.applied).toBeGreaterThanOrEqual(2);
    expect(body.migrations.latest).toMatch(/^\d{4}_/);
  });

  it('puts a request id and no-store on every API answer', async () => {
    const res = await t.request('/api/health');
    expect(res.headers.get('x-request-id')).toMatch(/^req_[0-9a-z]{20}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps a well-formed request id sent by a proxy', async () => {
    const res = await t.request('/api/health', { headers: { 'x-request-id': 'proxy-1234abcd' } });
    expect(res.headers.get('x-request-id')).toBe('proxy-1234abcd');
  });
});

describe('OpenAPI document', () => {
  it('lists every API route with exactly one tag from the agreed list', async () => {
    const res = await t.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const document = await res.json();
    expect(document.openapi).toBe('3.1.0');

    const documented = new Set<string>();
    for (const [path, item] of Object.entries(
      document.paths as Record<string, Record<string, { tags: string[] }>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        documented.add(`${method.toUpperCase()} ${path}`);
        expect(operation.tags, `${method} ${path}`).toHaveLength(1);
        expect(API_TAGS).toContain(operation.tags[0]);
      }
    }

    const infrastructure = new Set(['/api/health', '/api/openapi.json', '/api/docs', '/api/*']);
    const registered = t.app.routes
      .filter(
        (route) =>
          route.path.startsWith('/api/') && !infrastructure.has(route.path) && route.method !== 'ALL',
      )
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(registered.length).toBeGreaterThan(0);
    for (const route of new Set(registered)) expect(documented, route).toContain(route);
  });

  it('describes the contract routes the portals use', async () => {
    const document = await (await t.request('/api/openapi.json')).json();
    for (const path of [
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/clients',
      '/api/clients/{id}',
      '/api/visits/mine',
      '/api/training/sessions/mine',
    ]) {
      expect(document.paths).toHaveProperty([path]);
    }
    expect(document.components.schemas).toHaveProperty('ClientCreate');
    expect(document.components.schemas).toHaveProperty('ErrorBody');
  });
});

describe('API reference page', () => {
  it('renders a self-contained HTML page grouped by tag', async () => {
    const res = await t.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('id="tag-clients"');
    expect(html).toContain('/api/clients/{id}');
    expect(html).toContain('ClientCreate');
    // Nothing is loaded from elsewhere; an example address in a schema is only text.
    expect(html).not.toMatch(/<script|(?:src|href)="https?:\/\/(?!localhost)|url\(['"]?https?:/);
  });
});

describe('request errors', () => {
  it('answers malformed JSON with 400 request.malformed_json', async () => {
    const res = await t.request('/api/auth/login', { method: 'POST', body: '{"email": ' });
    const error = await expectRefusal(res, { status: 400, code: 'request.malformed_json' });
    expect(error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      body: 'email=a@b.c',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await expectRefusal(res, { status: 415, code: 'request.unsupported_media_type' });
  });

  it('answers a body over the limit with 413, also when it is chunked', async () => {
    const big = JSON.stringify({ email: 'x'.repeat(5000), password: 'p' });
    const res = await t.request('/api/auth/login', { method: 'POST', body: big });
    await expectRefusal(res, { status: 413, code: 'request.too_large' });

    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(encoder.encode('x'.repeat(500)));
        controller.close();
      },
    });
    const chunked = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('answers an unknown API route with 404 route.not_found', async () => {
    const res = await t.request('/api/nothing-here');
    await expectRefusal(res, { status: 404, code: 'route.not_found' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('refuses a state-changing request from another origin with 403 auth.bad_origin', async () => {
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      body: { email: 'sociaal@ocmw-gent.demo', password: t.config.demo.password },
      headers: { origin: 'https://evil.example' },
    });
    await expectRefusal(res, { status: 403, code: 'auth.bad_origin' });
  });

  it('accepts the same request from our own origin', async () => {
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      body: { email: 'sociaal@ocmw-gent.demo', password: t.config.demo.password },
      headers: { origin: t.config.server.publicUrl },
    });
    expect(res.status).toBe(200);
  });

  it('never shows a stack or SQL in an error body', async () => {
    const res = await t.request('/api/clients/cli_%27%3Bdrop');
    const text = await res.text();
    expect(text).not.toMatch(/at |select |stack/i);
  });
});

describe('portals', () => {
  it('answers 503 with how to build when a portal is not built', async () => {
    const res = await t.request('/ocmw/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('pnpm build');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('links the three portals from the root page', async () => {
    const res = await t.request('/');
    const html = await res.text();
    for (const path of ['/ocmw/', '/beego/', '/ligo/']) expect(html).toContain(`href="${path}"`);
  });
});
