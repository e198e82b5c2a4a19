import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { kitEn } from '../i18n/kit.dictionary.en';
import { kitFr } from '../i18n/kit.dictionary.fr';
import { kitNl } from '../i18n/kit.dictionary.nl';
import { createPortal } from './portal-context';

const me = {
  user: {
    id: 'usr_1',
    email: 'sociaal@ocmw-gent.demo',
    displayName: 'Sara',
    role: 'social_worker',
    locale: 'nl',
  },
  organisation: { id: 'org_1', name: 'OCMW Gent', kind: 'welfare' },
  tenants: [{ id: 'ten_1', name: 'OCMW Gent' }],
  portal: 'ocmw',
};

function json(status: number, body?: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status });
}

function portalAnswering(answers: Record<string, () => Response>) {
  const requests: { url: string; body: unknown }[] = [];
  const portal = createPortal({
    name: 'ocmw',
    i18n: createI18n({ dictionaries: { nl: kitNl, en: kitEn, fr: kitFr } }),
    fetch: async (input, init) => {
      const url = String(input);
      requests.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const answer = answers[url.split('?')[0] ?? url];
      return answer ? answer() : json(404, { error: { code: 'x.not_found', message: 'no', requestId: 'r' } });
    },
  });
  return { portal, requests };
}

describe('the portal session', () => {
  it('knows nobody before asking, and nobody after a 401 from /api/auth/me', async () => {
    const { portal } = portalAnswering({
      '/api/auth/me': () => json(401, { error: { code: 'auth.unauthenticated' } }),
    });
    expect(portal.session.me()).toBeUndefined();
    await portal.session.load();
    expect(portal.session.me()).toBeNull();
    expect(portal.status.message()).toBeUndefined();
  });

  it('signs in for its own portal', async () => {
    const { portal, requests } = portalAnswering({ '/api/auth/login': () => json(200, me) });
    await portal.session.login({ email: 'sociaal@ocmw-gent.demo', password: 'secret' });
    expect(requests[0]?.body).toEqual({
      email: 'sociaal@ocmw-gent.demo',
      password: 'secret',
      portal: 'ocmw',
    });
    expect(portal.session.me()?.user.displayName).toBe('Sara');
  });

  it('drops the user and says why when a later request finds the session gone', async () => {
    const { portal } = portalAnswering({
      '/api/auth/me': () => json(200, me),
      '/api/clients': () =>
        json(401, { error: { code: 'auth.unauthenticated', message: 'no', requestId: 'r' } }),
    });
    await portal.session.load();
    await expect(portal.api.request('/clients')).rejects.toMatchObject({ status: 401 });
    expect(portal.session.me()).toBeNull();
    expect(portal.status.message()?.text).toBe('Je sessie is verlopen. Meld je opnieuw aan.');
  });

  it('signs out on the server and forgets the user even when the server cannot be reached', async () => {
    const { portal } = portalAnswering({
      '/api/auth/me': () => json(200, me),
      '/api/auth/logout': () => {
        throw new TypeError('offline');
      },
    });
    await portal.session.load();
    await expect(portal.session.logout()).rejects.toMatchObject({ code: 'network.unreachable' });
    expect(portal.session.me()).toBeNull();
  });
});
