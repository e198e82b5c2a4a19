import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMessage } from '@digipakket/domain';
import {
  brusselsDate,
  DEMO_ACCOUNTS,
  demoApi,
  expectNoSeriousA11yViolations,
  isoWeekday,
  signIn,
} from '@digipakket/portal-kit/e2e';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { startFakeSmsGateway, startTestSmtpServer } from '../../apps/api/src/roof/testing/messaging-fakes';
import { startJourneyServer } from './deployment';

// A deployment on demo data whose SMTP server and SMS provider are the test's own: a real SMTP server
// (smtp-server) and a fake of the provider's HTTP API that posts signed delivery reports back.

const port = Number(process.env.E2E_PORT ?? 3199) + 5;
const baseURL = `http://127.0.0.1:${port}`;
const SECRET = 'journey-report-secret-0123456789';
const TIME_ZONE = 'Europe/Brussels';

let gateway: Awaited<ReturnType<typeof startFakeSmsGateway>>;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let folder: string;
let server: { stop: () => Promise<void> } | undefined;

async function startServer({ clockShiftDays }: { clockShiftDays: number }) {
  server = await startJourneyServer({
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATA_DIR: join(folder, 'data'),
      DEMO_DATA: 'force',
      SIGNAL_SWEEP_INTERVAL_SECONDS: '0',
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'OCMW Gent <berichten@ocmw-gent.test>',
      SMS_API_URL: gateway.url,
      SMS_API_KEY: 'journey-key',
      SMS_SENDER: 'Digipakket',
      SMS_REPORT_SECRET: SECRET,
      MESSAGES_SEND_INTERVAL_SECONDS: '1',
      MESSAGES_QUIET_HOURS: 'off',
    },
    port,
    baseURL,
    clockShiftDays,
  });
}

async function json<T>(response: Promise<{ json: () => Promise<unknown>; status: () => number }>) {
  const answer = await response;
  expect(answer.status(), 'API answer').toBeLessThan(300);
  return (await answer.json()) as T;
}

async function portalPage(browser: Browser, portal: 'ocmw' | 'beego', email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'nl-BE', timezoneId: TIME_ZONE });
  const page = await context.newPage();
  await signIn(page, { portal, email });
  return page;
}

const ddmm = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

async function recordConsent(
  page: Page,
  clientId: string,
  fill: { label: string; value: string; channel: string },
) {
  await page.goto(`/ocmw/clients/${clientId}`);
  const card = page.getByRole('region', { name: 'Contact en toestemming' });
  await card.getByLabel(fill.label).fill(fill.value);
  await card
    .getByRole('group', { name: `Toestemming voor ${fill.channel}` })
    .getByLabel('Akkoord')
    .check();
  await card.getByRole('button', { name: 'Contact en toestemming bewaren' }).click();
  await expect(card.getByTestId('contact-effective')).toHaveText(`Berichten gaan nu via: ${fill.channel}`);
  await expect(card.getByText(/Vastgelegd op .* door /).first()).toBeVisible();
}

test.beforeAll(async () => {
  gateway = await startFakeSmsGateway({ reportSecret: SECRET });
  smtp = await startTestSmtpServer();
  folder = mkdtempSync(join(tmpdir(), 'digipakket-messages-'));
  await startServer({ clockShiftDays: 0 });
});

test.afterAll(async () => {
  await server?.stop();
  await gateway?.close();
  await smtp?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('a visit and a lesson reach their clients by SMS and e-mail in their language, once; the moved lesson’s old reminder never goes; the timeline shows each', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const beegoApi = await demoApi(baseURL, 'beegoCoordinator');
  const ligoApi = await demoApi(baseURL, 'ligoCoordinator');
  const welfareApi = await demoApi(baseURL, 'socialWorker');

  // Client A waits for an installation visit; client B will follow a new group's half-days.
  const queue = await json<{ items: { chequeId: string; clientName: string }[] }>(
    beegoApi.get('/api/visits/queue?purpose=installation'),
  );
  const waiting = queue.items.at(-1)!;
  const { visit } = await json<{ visit: { clientId: string } }>(
    beegoApi.get(`/api/visits/${waiting.chequeId}`),
  );
  const { client: clientA } = await json<{ client: { id: string; preferredLanguage: string } }>(
    welfareApi.get(`/api/clients/${visit.clientId}`),
  );
  const listed = await json<{ items: { id: string }[] }>(welfareApi.get('/api/clients?limit=20'));
  const clientBId = listed.items.find((item) => item.id !== clientA.id)!.id;
  const { client: clientB } = await json<{ client: { id: string; preferredLanguage: string } }>(
    welfareApi.get(`/api/clients/${clientBId}`),
  );

  // The social worker records A's consent to SMS and B's to e-mail on the client page.
  const ocmw = await portalPage(browser, 'ocmw', DEMO_ACCOUNTS.socialWorker);
  await recordConsent(ocmw, clientA.id, { label: 'Gsm-nummer', value: '0470 11 22 33', channel: 'sms' });
  await expectNoSeriousA11yViolations(ocmw, 'the client page with contact and consent');
  await recordConsent(ocmw, clientB.id, {
    label: 'E-mailadres',
    value: 'client-b@example.org',
    channel: 'e-mail',
  });

  // The Beego coordinator plans A's visit six days ahead, in the portal.
  const visitDay = brusselsDate(6);
  const beego = await portalPage(browser, 'beego', DEMO_ACCOUNTS.beegoCoordinator);
  const card = beego.locator('li.card', { hasText: waiting.clientName }).first();
  await card.getByLabel('Afspraak').fill(`${visitDay}T18:00`);
  await card.getByRole('button', { name: 'Inplannen' }).click();
  await expect(beego.getByText(`Bezoek bij ${waiting.clientName} ingepland.`)).toBeVisible();
  // The coordinator sees Beego's own reminders of that visit on its card, and nothing of Ligo's.
  const planned = beego
    .getByRole('region', { name: /Ingeplande bezoeken/ })
    .locator('li.card', { hasText: waiting.clientName })
    .first();
  await planned.getByText('Berichten aan de cliënt').click();
  await expect(planned.locator('.partner-messages__list li')).toHaveCount(2);
  await expect(planned.locator('.partner-messages__list li').first()).toContainText(
    'Herinnering bezoek · sms · klaar om te versturen',
  );
  await expectNoSeriousA11yViolations(beego, 'a planned visit with its messages');

  // Ligo plans three half-days from six days ahead; B is enrolled; the first half-day moves twice.
  const days = [brusselsDate(6), brusselsDate(7), brusselsDate(8)];
  const programmes = await json<{ items: { id: string }[] }>(ligoApi.get('/api/training/programmes'));
  const { group } = await json<{ group: { id: string } }>(
    ligoApi.post('/api/training/groups', {
      data: {
        programmeId: programmes.items[0]!.id,
        name: `Basis — berichten ${Date.now().toString(36)}`,
        capacity: 4,
        languageSupport: [],
      },
    }),
  );
  const { sessions } = await json<{ sessions: { id: string; date: string }[] }>(
    ligoApi.post(`/api/training/groups/${group.id}/sessions`, {
      data: { startDate: days[0], weekdays: days.map(isoWeekday), startTime: '09:00', endTime: '12:00' },
    }),
  );
  await json(
    welfareApi.post('/api/training/enrolments', { data: { clientId: clientB.id, groupId: group.id } }),
  );
  const first = sessions[0]!;
  const movedTo = brusselsDate(10);
  await json(ligoApi.patch(`/api/training/sessions/${first.id}`, { data: { date: movedTo } }));
  const withdrawn = await json<{ items: { id: string; status: string; kind: string }[] }>(
    ligoApi.get(`/api/messages?subject=course_session:${first.id}`),
  );
  const withdrawnIds = withdrawn.items.filter((item) => item.status === 'withdrawn').map((item) => item.id);
  expect(withdrawnIds.length).toBeGreaterThan(0);

  // The notice of the move goes by e-mail at once, in B's language.
  const notice = renderMessage({
    kind: 'lesson_moved',
    language: clientB.preferredLanguage,
    values: { from: 'Ligo', date: ddmm(movedTo), time: '09:00' },
  });
  await expect
    .poll(() => smtp.received.filter((mail) => mail.text === notice.text).length, { timeout: 20_000 })
    .toBe(1);
  const mail = smtp.received.find((one) => one.text === notice.text)!;
  expect(mail.to).toEqual(['client-b@example.org']);
  expect(mail.language).toBe(notice.language);
  await beegoApi.dispose();
  await ligoApi.dispose();
  await welfareApi.dispose();

  // Two days later (the server's clock moves on), the five-day reminders are due, whatever the time
  // of day the journey runs at (the visit is six days out at 18:00), and the one-day ones are not.
  await server!.stop();
  await startServer({ clockShiftDays: 2 });
  await expect.poll(() => gateway.sent.length, { timeout: 30_000 }).toBeGreaterThan(0);
  const reminder = renderMessage({
    kind: 'visit_reminder',
    language: clientA.preferredLanguage,
    values: { from: 'Beego', date: ddmm(visitDay), time: '18:00' },
  });
  const sms = gateway.sent.find((one) => one.to === '0470112233')!;
  expect(sms.text).toBe(reminder.text);
  expect(gateway.sent.filter((one) => one.messageId === sms.messageId)).toHaveLength(1);
  await gateway.reportsPosted();
  // The withdrawn reminder of the old half-day was due too, and never went.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const sentIds = [
    ...gateway.sent.map((one) => one.messageId),
    ...smtp.received.map((mail) => mail.messageId.replace(/^<|@.*$/g, '')),
  ];
  expect(sentIds.filter((id) => withdrawnIds.includes(id))).toEqual([]);

  // The welfare centre sees each message with its status on the client's timeline.
  const later = await portalPage(browser, 'ocmw', DEMO_ACCOUNTS.socialWorker);
  await later.goto(`/ocmw/clients/${clientA.id}`);
  const timelineA = later.getByRole('region', { name: 'Tijdlijn' });
  await expect(timelineA.locator('li', { hasText: 'Herinnering aan het thuisbezoek' }).first()).toContainText(
    /sms — (ontvangen|verstuurd)/,
  );
  await later.goto(`/ocmw/clients/${clientB.id}`);
  const timelineB = later.getByRole('region', { name: 'Tijdlijn' });
  await expect(timelineB.locator('li', { hasText: 'Bericht: les verplaatst' }).first()).toContainText(
    'e-mail — verstuurd',
  );
  await expect(timelineB.locator('li', { hasText: 'Herinnering aan de les' }).first()).toBeVisible();
  await expect(timelineB.getByText('e-mail — ingetrokken (les verplaatst)').first()).toBeVisible();
  await expectNoSeriousA11yViolations(later, 'the client page with messages on the timeline');
});
