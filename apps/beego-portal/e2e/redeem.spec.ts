import { docsImagePath, expectNoSeriousA11yViolations, signInAsDemo } from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';
import { fullCode, signInStudentWithServiceWorker } from './student.fixtures';

// The data characters of fixed demo cheque codes (DEMO_CHEQUE_CODES in the API's demo data).
const CODES = {
  plannedToday: 'DEMQ-TEST-A2',
  requested: 'DEMQ-TEST-C2',
  requestedOther: 'DEMQ-TEST-D2',
  expired: 'DEMQ-TEST-E2',
  cancelled: 'DEMQ-TEST-F2',
  redeemed: 'DEMQ-TEST-G2',
};

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByLabel('E-mailadres')).toBeVisible();
}

async function fillVisit(page: Page, { followUp }: { followUp?: string } = {}) {
  await expect(page.getByRole('heading', { level: 2, name: 'Het bezoek' })).toBeVisible();
  await page.getByLabel('Duur in minuten').fill('45');
  await page.getByRole('checkbox', { name: 'Wifi' }).check();
  await page.getByRole('checkbox', { name: 'E-mail' }).check();
  await page.getByRole('textbox', { name: /^Notities/ }).fill('Wifi ingesteld en e-mail geoefend.');
  if (followUp) {
    await page.getByRole('checkbox', { name: 'De maatschappelijk werker moet dit opvolgen' }).check();
    await page.getByLabel('Wat moet de maatschappelijk werker opvolgen?').fill(followUp);
  }
}

/**
 * A visit day as `YYYY-MM-DD` in Brussels, the latest one whose month no other browser test puts on
 * a statement, and on or after the day the demo issued this cheque (41 days ago: a visit cannot
 * predate its cheque). The demo's visits were 16 to 25 and 46 to 50 days ago; the coordinator's
 * statement test takes the month of 48 days ago, the welfare centre's the first of this month, the
 * month of 31 days ago and that of 48 days ago that holds demo visits. Should every month be taken,
 * today.
 */
function visitDayOnItsOwnStatement(): { day: string; month: string } {
  const daysAgo = (days: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      new Date(Date.now() - days * 86_400_000),
    );
  const monthOf = (days: number) => daysAgo(days).slice(0, 7);
  const demoVisitDays = [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 46, 47, 48, 49, 50];
  const demoVisitMonths = new Set(demoVisitDays.map(monthOf));
  const taken = new Set([monthOf(48), [0, 31, 48].map(monthOf).find((month) => demoVisitMonths.has(month))]);
  for (let days = 0; days <= 40; days += 1) {
    const day = daysAgo(days);
    if (!taken.has(day.slice(0, 7))) return { day, month: day.slice(0, 7) };
  }
  return { day: daysAgo(0), month: monthOf(0) };
}

/** Tomorrow at 18:00 on the phone's clock, as a `datetime-local` value. */
function tomorrowAt18(): string {
  const day = new Date(Date.now() + 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T18:00`;
}

test.describe('planning and redeeming a visit', () => {
  test('the coordinator plans a waiting cheque, the student redeems it by code and logs it; the welfare centre sees it and reconciles it on the statement', async ({
    page,
    browser,
  }) => {
    // The whole journey through two portals and three accounts.
    test.slow();
    await signInAsDemo(page, 'beegoCoordinator', 'Wachtrij');
    const card = page.locator('li.card', { hasText: 'Chantal Lambert' }).first();
    await expect(card).toContainText(/wacht \d+ dag/);
    await expectNoSeriousA11yViolations(page, 'the queue');
    await page.screenshot({ path: docsImagePath('beego-queue') });
    await card.getByLabel('Student').selectOption({ label: 'Yassin El Idrissi' });
    // After the demo student's last visit tomorrow (15:30), so the planning has no clash to warn about.
    await card.getByLabel('Afspraak').fill(tomorrowAt18());
    await card.getByRole('button', { name: 'Inplannen' }).click();
    await expect(page.getByText('Bezoek bij Chantal Lambert ingepland.')).toBeVisible();
    const planned = page.getByRole('region', { name: /Ingeplande bezoeken/ });
    await expect(planned.locator('li.card', { hasText: 'Chantal Lambert' })).toContainText(
      'Yassin El Idrissi',
    );
    await signOut(page);

    await signInAsDemo(page, 'student');
    await page.getByRole('link', { name: 'Chantal Lambert', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chantal Lambert' })).toBeVisible();
    await expect(page.locator('.badge', { hasText: 'Ingepland' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the visit page');
    await page.screenshot({ path: docsImagePath('beego-visit-detail') });
    await page.getByRole('main').getByRole('link', { name: 'Cheque inwisselen' }).click();

    const codeField = page.getByLabel('Code van de cheque');
    await expect(codeField).toHaveAttribute('autocapitalize', 'characters');
    const code = fullCode(CODES.requested);
    const mistyped = code.slice(0, 5) + code[6] + code[5] + code.slice(7);
    await codeField.fill(mistyped);
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByText('Er zit een tikfout in de code.')).toBeVisible();
    await codeField.fill(code.replace(/-/g, '').toLowerCase());
    await expect(codeField).toHaveValue(code);
    await expectNoSeriousA11yViolations(page, 'the code step');
    await page.screenshot({ path: docsImagePath('beego-redeem-code') });
    await page.getByRole('button', { name: 'Verder' }).click();

    await fillVisit(page, { followUp: 'Cliënt wil hulp bij het aanvragen van sociaal tarief internet.' });
    const { day, month } = visitDayOnItsOwnStatement();
    await page.getByLabel('Datum van het bezoek').fill(day);
    await expectNoSeriousA11yViolations(page, 'the visit form');
    await page.screenshot({ path: docsImagePath('beego-redeem-visit'), fullPage: true });
    await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await expect(page.getByRole('heading', { name: 'Cheque ingewisseld' })).toBeVisible();
    await page.getByRole('link', { name: 'Bekijk het bezoek' }).click();
    await expect(page.getByRole('heading', { name: 'Verslag van het bezoek' })).toBeVisible();
    await expect(
      page.getByText('Cliënt wil hulp bij het aanvragen van sociaal tarief internet.'),
    ).toBeVisible();
    await signOut(page);

    // The welfare centre sees the visit on the client's page.
    const welfare = await browser.newContext({
      baseURL: new URL(page.url()).origin,
      viewport: { width: 1280, height: 800 },
      locale: 'nl-BE',
      timezoneId: 'Europe/Brussels',
    });
    const desk = await welfare.newPage();
    await signInAsDemo(desk, 'projectLead');
    const { items } = await (await desk.request.get('/api/clients?q=Chantal%20Lambert')).json();
    await desk.goto(`/ocmw/clients/${items[0].id}`);
    const chequeRow = desk.getByRole('row').filter({ hasText: code.slice(-4) });
    await expect(chequeRow).toContainText('45 min, Yassin El Idrissi');

    // The coordinator puts it on that month's statement and sends it.
    await signInAsDemo(page, 'beegoCoordinator');
    await page.getByRole('link', { name: 'Afrekeningen' }).click();
    await page.getByLabel('Maand').fill(month);
    await page.getByRole('button', { name: 'Afrekening maken' }).click();
    const statement = page.getByRole('region', { name: new RegExp(month) }).first();
    const statementLine = statement
      .getByRole('row')
      .filter({ hasText: 'Chantal Lambert' })
      .filter({ hasText: day });
    await expect(statementLine).toContainText('45');
    page.once('dialog', (dialog) => void dialog.accept());
    await statement.getByRole('button', { name: 'Versturen naar het OCMW' }).click();
    await expect(statement).toContainText('Verstuurd, het OCMW controleert');

    // The welfare centre matches the line and closes the check; the partner sees the outcome.
    await desk.getByRole('link', { name: 'Afrekeningen' }).click();
    const monthName = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric' }).format(
      new Date(`${month}-15T12:00:00Z`),
    );
    await desk.getByRole('button', { name: `Lijnen van ${monthName} bekijken` }).click();
    const lines = desk.getByRole('region', { name: new RegExp(`Afrekening ${monthName}`) });
    // The statement lists the code as stored, without dashes.
    const line = lines.getByRole('row').filter({ hasText: code.replace(/-/g, '') });
    await expect(line).toContainText('Chantal Lambert');
    const lineCode = (await line.locator('.code').textContent())!.trim();
    await line.getByRole('button', { name: `Klopt ${lineCode}` }).click();
    await expect(desk.getByText(`Cheque ${lineCode} klopt.`)).toBeVisible();
    // Other browser tests may have redeemed cheques in the same month: their lines are on this
    // statement too, and the check closes as accepted only when every line matches.
    const stillOpen = lines.locator('button:enabled', { hasText: /^Klopt/ });
    for (let left = await stillOpen.count(); left > 0; left -= 1) {
      await stillOpen.first().click();
      await expect(stillOpen).toHaveCount(left - 1);
    }
    await lines.getByRole('button', { name: 'Controle afsluiten' }).click();
    await expect(desk.getByText(`De controle van ${monthName} is afgesloten: Aanvaard.`)).toBeVisible();
    await welfare.close();
    await page.reload();
    await expect(page.locator('li.card', { hasText: month })).toContainText('Afgestemd: alles klopt');
  });

  test('each refusal of a code has its own message, given at once before the visit is written', async ({
    page,
  }) => {
    await signInAsDemo(page, 'student');
    await page.getByRole('main').getByRole('link', { name: 'Cheque inwisselen' }).click();
    const refusals: [string, string][] = [
      [fullCode(CODES.expired), 'Deze cheque is vervallen'],
      [fullCode(CODES.cancelled), 'Het OCMW heeft deze cheque geannuleerd.'],
      [fullCode(CODES.redeemed), 'Deze cheque is al ingewisseld.'],
      ['2222-2222-222', 'Deze code hoort niet bij een cheque van jouw organisatie.'],
    ];
    for (const [code, message] of refusals) {
      await page.getByLabel('Code van de cheque').fill(code);
      await page.getByRole('button', { name: 'Verder' }).click();
      await expect(page.getByText(message)).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Het bezoek' })).toHaveCount(0);
      await expect(page.getByLabel('Code van de cheque')).toBeFocused();
    }
    await expectNoSeriousA11yViolations(page, 'a refused code');
    // Not the cheque the journey above redeems: this one is still waiting.
    await page.getByLabel('Code van de cheque').fill(fullCode(CODES.requestedOther));
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Deze cheque kan nu ingewisseld worden' }),
    ).toBeVisible();
    await page.getByLabel('Duur in minuten').fill('5');
    await page.getByRole('checkbox', { name: 'Wifi' }).uncheck();
    await page.getByRole('checkbox', { name: 'E-mail' }).uncheck();
    await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Vul een duur in tussen 15 en 240 minuten.' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Kies minstens één onderwerp.');
    await page.getByRole('button', { name: 'Code wijzigen' }).click();
    await page.getByLabel('Code van de cheque').fill('ABC');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByText('Een code heeft 11 tekens')).toBeVisible();
  });
});

test.describe('offline', () => {
  test('a visit logged without signal waits on the phone and is sent exactly once when back online', async ({
    page,
    context,
  }) => {
    await signInAsDemo(page, 'student', 'Mijn bezoeken');
    await page.getByRole('main').getByRole('link', { name: 'Cheque inwisselen' }).click();
    await expect(page.getByLabel('Code van de cheque')).toBeVisible();

    await context.setOffline(true);
    const code = fullCode(CODES.plannedToday);
    await page.getByLabel('Code van de cheque').fill(code);
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(
      page.getByText('Je bent offline: de code wordt gecontroleerd zodra het bezoek verstuurd wordt.'),
    ).toBeVisible();
    await fillVisit(page);
    await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await expect(page.getByRole('heading', { name: 'Wacht op verzending' })).toBeVisible();
    await page.getByRole('link', { name: 'Terug naar mijn bezoeken' }).click();
    await expect(page.getByText('Je bent offline: dit is de laatst opgehaalde versie.')).toBeVisible();
    const outbox = page.getByRole('region', { name: 'Bezoeken op deze telefoon' });
    await expect(outbox).toContainText('Wacht op verzending');
    await expectNoSeriousA11yViolations(page, 'the visits page offline');
    await page.screenshot({ path: docsImagePath('beego-offline') });

    await context.setOffline(false);
    await expect(outbox).toContainText('Verstuurd en ingewisseld');
    const href = await outbox.getByRole('link', { name: 'Bekijk het bezoek' }).getAttribute('href');
    const chequeId = href!.split('/').pop()!;
    const detail = await page.request.get(`/api/visits/${chequeId}`);
    expect(detail.status()).toBe(200);
    const { visit } = await detail.json();
    expect(visit.status).toBe('redeemed');
    expect(visit.visit.minutes).toBe(45);
    const again = await page.request.post('/api/visits/redeem', {
      headers: { 'idempotency-key': 'offline-check-second-attempt', origin: new URL(page.url()).origin },
      data: { code, minutes: 45, topics: ['wifi'], needsFollowUp: false, visitedOn: visit.visit.visitedOn },
    });
    expect(again.status()).toBe(409);
    expect((await again.json()).error.code).toBe('cheque.already_redeemed');
  });

  test('a student who reloads the portal without signal still sees the visits of today', async ({
    page,
    context,
  }) => {
    await signInStudentWithServiceWorker(page);
    // The first load is not yet served through the service worker; this one is, and fills its cache.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn bezoeken' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn bezoeken' })).toBeVisible();
    await expect(page.getByText('Je bent offline: dit is de laatst opgehaalde versie.')).toBeVisible();
    await expect(page.locator('li.card').first()).toBeVisible();
    await context.setOffline(false);
  });
});
