import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AppEnv } from './app.types';
import type { RequestContext, TenantContext } from './request-context';
import { errorResponses, jsonBody, jsonResponse } from './routes';
import { serveEmpty, serveJson, withCaller, withClient, withTenant, withTenantInput } from './serve';

// Plain routes: `defineRoute` adds the session and access middlewares, which need a whole server.
const greetRoute = createRoute({
  method: 'post',
  path: '/api/greet/{id}',
  summary: 'Greets',
  request: {
    params: z.object({ id: z.string() }),
    query: z.object({ loud: z.enum(['yes', 'no']).optional() }),
    body: jsonBody(z.object({ name: z.string() })),
  },
  responses: {
    201: jsonResponse(z.object({ greeting: z.string() }), 'The greeting.'),
    ...errorResponses(400),
  },
});

const forgetRoute = createRoute({
  method: 'delete',
  path: '/api/greet/{id}',
  summary: 'Forgets',
  request: { params: z.object({ id: z.string() }) },
  responses: { 204: { description: 'Forgotten.' } },
});

function appWith(register: (app: OpenAPIHono<AppEnv>) => void) {
  const app = new OpenAPIHono<AppEnv>();
  register(app);
  return app;
}

describe('serving a route', () => {
  it('hands the validated path, query and body to the use case and answers with the status', async () => {
    const app = appWith((a) =>
      serveJson(a, greetRoute, 201, async ({ param, query, body }) => ({
        greeting: `${query.loud === 'yes' ? 'HELLO' : 'hello'} ${body.name} (${param.id})`,
      })),
    );
    const response = await app.request('/api/greet/7?loud=yes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Amina' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ greeting: 'HELLO Amina (7)' });
  });

  it('answers 204 without a body once the use case is done', async () => {
    const forgotten: string[] = [];
    const app = appWith((a) =>
      serveEmpty(a, forgetRoute, async ({ param }) => {
        forgotten.push(param.id);
      }),
    );
    const response = await app.request('/api/greet/9', { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(forgotten).toEqual(['9']);
  });

  it('refuses a request without a session when the use case reads the context', async () => {
    const app = appWith((a) =>
      serveJson(a, greetRoute, 201, async ({ ctx }) => ({ greeting: ctx.requestId })),
    );
    app.onError((error, c) => c.json({ code: (error as { code?: string }).code }, 401));
    const response = await app.request('/api/greet/7', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Amina' }),
    });
    expect(await response.json()).toEqual({ code: 'auth.unauthenticated' });
  });

  it('types the answer against the schema of the status it is served with', () => {
    const register = (app: OpenAPIHono<AppEnv>) => {
      // @ts-expect-error the 201 answer has a `greeting`, not a `message`
      serveJson(app, greetRoute, 201, async () => ({ message: 'hi' }));
      // @ts-expect-error the route documents no JSON answer for 200
      serveJson(app, greetRoute, 200, async () => ({ greeting: 'hi' }));
      // @ts-expect-error the body has a `name`, not an `email`
      serveJson(app, greetRoute, 201, async ({ body }) => ({ greeting: body.email }));
    };
    expect(register).toBeTypeOf('function');
  });
});

describe('the named hand-overs to a use case', () => {
  const ctx = { requestId: 'r1' } as RequestContext;
  const tenant = { requestId: 'r1', tenantId: 't1' } as TenantContext;
  /** A served request whose `tenant` refuses, as it does for a partner organisation. */
  const partnerRequest = {
    ctx,
    get tenant(): TenantContext {
      throw new Error('auth.forbidden');
    },
  };
  const echo = async <A>(args: A) => args;

  it('gives a use case of the caller only the context, without asking for a tenant', async () => {
    expect(await withCaller(echo)(partnerRequest)).toEqual({ ctx });
  });

  it('gives the tenant as the context, and refuses where there is no tenant', async () => {
    expect(await withTenant(echo)({ tenant })).toEqual({ ctx: tenant });
    expect(() => withTenant(echo)(partnerRequest)).toThrow('auth.forbidden');
  });

  it("gives the path's id as the client and the body as the input", async () => {
    expect(await withClient(echo)({ tenant, param: { id: 'c1' } })).toEqual({ ctx: tenant, clientId: 'c1' });
    expect(await withTenantInput(echo)({ tenant, body: { name: 'Amina' } })).toEqual({
      ctx: tenant,
      input: { name: 'Amina' },
    });
  });
});
