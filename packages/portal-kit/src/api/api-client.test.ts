import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, newIdempotencyKey } from './api-client';
import { answer } from './api-client.fixtures';

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

  it('sends an idempotency key and, with one, sends the request again with the same key after a network failure', async () => {
    let calls = 0;
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return answer(201, { enrolment: { id: 'enr_1' } });
    });
    const result = await createApiClient({ fetch }).request('/training/enrolments', {
      body: { clientId: 'cli_1' },
      idempotencyKey: 'key-12345678',
    });
    expect(result).toEqual({ enrolment: { id: 'enr_1' } });
    expect(fetch).toHaveBeenCalledTimes(2);
    for (const call of fetch.mock.calls) {
      expect(call[1]?.headers).toMatchObject({ 'idempotency-key': 'key-12345678' });
    }
  });

  it('makes a new key of 32 hex characters for each user action', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('does not send a request without a key again after a network failure', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createApiClient({ fetch }).request('/clients', { body: {} })).rejects.toMatchObject({
      code: 'network.unreachable',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives up on a keyed request after a few network failures', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(
      createApiClient({ fetch }).request('/devices/dev_1/reserve', {
        body: {},
        idempotencyKey: 'key-12345678',
      }),
    ).rejects.toMatchObject({ code: 'network.unreachable', status: 0 });
    expect(fetch).toHaveBeenCalledTimes(3);
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
