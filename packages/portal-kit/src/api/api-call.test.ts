import type { Me, SignalList, StatementResponse, WavePlan } from '@digipakket/api/contracts';
import {
  ACCOUNT_ROUTES,
  AUTH_ROUTES,
  REPORT_ROUTES,
  SIGNAL_ROUTES,
  STATEMENT_ROUTES,
  VISIT_ROUTES,
  WAVE_ROUTES,
} from '@digipakket/api/routes';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createApiClient, pathOf } from './api-client';
import { answer } from './api-client.fixtures';

describe('api.call', () => {
  it('sends the route’s method to its path, with the parameters encoded, the query and the body', async () => {
    const fetch = vi.fn(async () => answer(200, { visit: { chequeId: 'chq 1' } }));
    const api = createApiClient({ fetch });

    await api.call(
      VISIT_ROUTES.assign,
      {
        params: { chequeId: 'chq 1/2' },
        body: { studentId: 'usr_1', appointmentAt: '2026-01-05T10:00:00.000Z' },
      },
      { idempotencyKey: 'key-12345678' },
    );

    expect(fetch).toHaveBeenCalledWith(
      '/api/visits/chq%201%2F2/assign',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ studentId: 'usr_1', appointmentAt: '2026-01-05T10:00:00.000Z' }),
        headers: expect.objectContaining({ 'idempotency-key': 'key-12345678' }),
      }),
    );
  });

  it('puts the query in the address and sends a route without input as it is', async () => {
    const fetch = vi.fn(async () => answer(200, { items: [], total: 0 }));
    const api = createApiClient({ fetch });

    await api.call(SIGNAL_ROUTES.list, { query: { limit: 10 } });
    await api.call(AUTH_ROUTES.me);

    expect(fetch).toHaveBeenNthCalledWith(
      1,
      '/api/signals?limit=10',
      expect.objectContaining({ method: 'GET' }),
    );
    expect(fetch).toHaveBeenNthCalledWith(2, '/api/auth/me', expect.objectContaining({ method: 'GET' }));
  });

  it('refuses to build a path with a parameter missing', () => {
    expect(() => pathOf(STATEMENT_ROUTES.detail, {})).toThrow(/"id"/);
  });

  it('types the input and the answer from the route’s schemas', () => {
    const api = createApiClient({ fetch: async () => answer(204) });
    expectTypeOf(api.call(AUTH_ROUTES.me)).resolves.toEqualTypeOf<Me>();
    expectTypeOf(api.call(SIGNAL_ROUTES.list)).resolves.toEqualTypeOf<SignalList>();
    expectTypeOf(
      api.call(STATEMENT_ROUTES.send, { params: { id: 'stm_1' } }),
    ).resolves.toEqualTypeOf<StatementResponse>();
    expectTypeOf(api.call(AUTH_ROUTES.logout)).resolves.toBeUndefined();

    const typeOnly = () => {
      // @ts-expect-error a route with a path parameter needs it
      void api.call(STATEMENT_ROUTES.detail);
      // @ts-expect-error the path parameter is called `id`
      void api.call(STATEMENT_ROUTES.detail, { params: { statementId: 'stm_1' } });
      // @ts-expect-error the body must be the route's: a login takes an email and a password
      void api.call(AUTH_ROUTES.login, { body: { user: 'a' } });
      // @ts-expect-error a route without a body takes none
      void api.call(AUTH_ROUTES.me, { body: {} });
    };
    expect(typeOnly).toBeTypeOf('function');
  });

  it('types the welfare portal’s waves, accounts and reports from their contracts too', () => {
    const api = createApiClient({ fetch: async () => answer(204) });
    expectTypeOf(api.call(WAVE_ROUTES.plan, { params: { id: 'wav_1' } })).resolves.toEqualTypeOf<{
      plan: WavePlan;
    }>();
    expectTypeOf(api.call(ACCOUNT_ROUTES.disable, { params: { id: 'usr_1' } })).resolves.toBeUndefined();

    const typeOnly = () => {
      // @ts-expect-error clients join a wave as a list of ids, not one id
      void api.call(WAVE_ROUTES.addClients, { params: { id: 'wav_1' }, body: { clientIds: 'cli_1' } });
      // @ts-expect-error the admin invites colleagues of the welfare centre, never a student
      void api.call(ACCOUNT_ROUTES.invite, { body: { email: 'a@b.be', displayName: 'An', role: 'student' } });
      // @ts-expect-error a report's path parameter is called `report`
      void api.call(REPORT_ROUTES.report, { params: { kind: 'skills' } });
      // @ts-expect-error a report's labels come in the portal's languages only
      void api.call(REPORT_ROUTES.report, { params: { report: 'skills' }, query: { locale: 'de' } });
    };
    expect(typeOnly).toBeTypeOf('function');
  });
});
