import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../roof/testing/audit-rows';
import { startTestSmtpServer } from '../../roof/testing/messaging-fakes';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({ env: { SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port) } });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const INVITATIONS = [
  { who: 'a student', by: 'coordinator@beego.demo', path: '/api/visits/students', extra: {} },
  { who: 'a teacher', by: 'coordinator@ligo.demo', path: '/api/training/teachers', extra: {} },
  { who: 'a colleague', by: 'admin@ocmw-gent.demo', path: '/api/users', extra: { role: 'social_worker' } },
] as const;

describe('invitations sent by e-mail', () => {
  for (const invitation of INVITATIONS) {
    it(`e-mails the single-use link to ${invitation.who} in their language and still shows it once`, async () => {
      const { cookie } = await t.login({ email: invitation.by });
      const email = `mail-${invitation.path.split('/').at(-1)}@uitnodiging.example`;
      const res = await t.request(invitation.path, {
        method: 'POST',
        cookie,
        body: { email, displayName: 'Per Mail', sendEmail: true, ...invitation.extra },
      });
      expect(res.status).toBe(201);
      const { link } = await res.json();
      expect(link.emailed).toBe(true);
      const mail = smtp.received.find((received) => received.to.includes(email));
      expect(mail?.text).toContain(link.url);
      expect(mail?.text).toContain('Je bent uitgenodigd voor Digipakket');
    });
  }

  it('sends nothing when the inviter hands the link over in person', async () => {
    const { cookie } = await t.login({ email: 'coordinator@beego.demo' });
    const before = smtp.received.length;
    const res = await t.request('/api/visits/students', {
      method: 'POST',
      cookie,
      body: { email: 'in-persoon@uitnodiging.example', displayName: 'In Persoon' },
    });
    expect(res.status).toBe(201);
    expect((await res.json()).link.emailed).toBe(false);
    expect(smtp.received.length).toBe(before);
  });

  it('audits the e-mailed invitation', async () => {
    const rows = await auditRows(t.db, { action: 'user.link_email' });
    expect(rows.length).toBe(3);
    expect(rows.every((row) => row.outcome === 'success')).toBe(true);
  });
});
