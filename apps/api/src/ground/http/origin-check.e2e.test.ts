import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let clientId: string;

signedInAppForFile(
  { cookie: 'sociaal@ocmw-gent.demo' },
  async (started) => {
    ({ t, cookie } = started);
    const [client] = await t.db.select({ id: clientsTable.id }).from(clientsTable).limit(1);
    clientId = client!.id;
  },
  { env: { ALLOWED_ORIGINS: 'https://ligo.example.org' } },
);

/** A PATCH of the client's phone number with exactly these headers (no Origin added by the helper). */
function changePhone({ phone, headers }: { phone: string; headers: Record<string, string> }) {
  return t.app.request(`/api/clients/${clientId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ phone }),
  });
}

async function phoneOfClient() {
  const [row] = await t.db
    .select({ phone: clientsTable.phone })
    .from(clientsTable)
    .where(eq(clientsTable.id, clientId));
  return row!.phone;
}

describe('a change made with the session cookie', () => {
  it('is refused with 403 auth.bad_origin when it has neither Origin nor Sec-Fetch-Site, and changes nothing', async () => {
    const before = await phoneOfClient();
    const res = await changePhone({ phone: '0470 11 22 33', headers: { cookie } });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('auth.bad_origin');
    expect(await phoneOfClient()).toBe(before);
  });

  it('is refused when the browser says it comes from another site', async () => {
    for (const site of ['cross-site', 'same-site', 'none']) {
      const res = await changePhone({ phone: '0470 11 22 34', headers: { cookie, 'sec-fetch-site': site } });
      expect(res.status, site).toBe(403);
    }
  });

  it('is refused from a foreign Origin even when Sec-Fetch-Site claims the same origin', async () => {
    const res = await changePhone({
      phone: '0470 11 22 35',
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(403);
  });

  it('is accepted with our own Origin, or an allowed portal origin', async () => {
    const own = await changePhone({
      phone: '0470 11 22 36',
      headers: { cookie, origin: t.config.server.publicUrl },
    });
    expect(own.status).toBe(200);
    const portal = await changePhone({
      phone: '0470 11 22 37',
      headers: { cookie, origin: 'https://ligo.example.org' },
    });
    expect(portal.status).toBe(200);
    expect(await phoneOfClient()).toBe('0470 11 22 37');
  });

  it('is accepted without Origin when the browser says Sec-Fetch-Site: same-origin', async () => {
    const res = await changePhone({
      phone: '0470 11 22 38',
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(200);
  });
});

describe('a change without the session cookie', () => {
  it('needs no Origin: a script can still log in', async () => {
    const res = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'projectleider@ocmw-gent.demo', password: t.config.demo.password }),
    });
    expect(res.status).toBe(200);
  });
});
