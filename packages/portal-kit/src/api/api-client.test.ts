import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './api-client';

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('createApiClient', () => {
  it('sends JSON with same-origin cookies under /api and returns the parsed answer', async () => {
    const fetch = vi.fn(async () => answer(200, { items: [], total: 0 }));
    const api = createApiClient({ fetch });

    const result = await api.request('/clients', { query: { q: 'Peeters', limit: 25, offset: undefined } });

    expect(result).toEqual({ items: [], total: 0 });
    expect(fetch).toHaveBeenCalledWith(
      '/api/clients?q=Peeters&limit=25',
      expect.objectContaining({ method: 'GET', credentials: 'same-origin' }),
    );
  });

  it('posts a body as JSON', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => answer(201, { client: { id: 'cli_1' } }));
    await createApiClient({ fetch }).request('/clients', { method: 'POST', body: { firstName: 'Sara' } });
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.body).toBe('{"firstName":"Sara"}');
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('turns an error answer into an ApiError with code, message, request id and field issues', async () => {
    const fetch = vi.fn(async () =>
      answer(400, {
        error: {
          code: 'validation.failed',
          message: 'Invalid body',
          requestId: 'req_1',
          details: { fields: [{ path: 'postcode', code: 'invalid_format', message: 'Bad' }] },
        },
      }),
    );
    const error = await createApiClient({ fetch })
      .request('/clients', { body: {} })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation.failed', requestId: 'req_1' });
    expect((error as ApiError).fieldIssues).toEqual([
      { path: 'postcode', code: 'invalid_format', message: 'Bad' },
    ]);
  });

  it('reports a lost session on a 401, unless the request expects one', async () => {
    const onUnauthorized = vi.fn();
    const fetch = vi.fn(async () =>
      answer(401, { error: { code: 'auth.unauthenticated', message: 'No', requestId: 'r' } }),
    );
    const api = createApiClient({ fetch, onUnauthorized });

    await expect(api.request('/auth/me', { expectUnauthorized: true })).rejects.toMatchObject({
      status: 401,
    });
    expect(onUnauthorized).not.toHaveBeenCalled();

    await expect(api.request('/clients')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('names an unreachable server network.unreachable', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createApiClient({ fetch }).request('/clients')).rejects.toMatchObject({
      status: 0,
      code: 'network.unreachable',
    });
  });

  it('answers undefined for 204 No Content', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    await expect(
      createApiClient({ fetch }).request('/auth/logout', { method: 'POST' }),
    ).resolves.toBeUndefined();
  });

  it('names an error answer without a JSON body by its status', async () => {
    const fetch = vi.fn(async () => new Response('Bad gateway', { status: 502 }));
    await expect(createApiClient({ fetch }).request('/clients')).rejects.toMatchObject({
      status: 502,
      code: 'http.502',
    });
  });
});
