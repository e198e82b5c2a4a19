import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import {
  brusselsDate,
  expectNoSeriousA11yViolations,
  openAttendance,
  openFromMenu,
} from '@digipakket/portal-kit/e2e';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { castOnEmptyDeployment } from './cast';
import { planGroup, receiveLaptops } from './programme-setup';
import { SCREENS } from './screens';
import { approveAtIntake, enrolInGroup, equip, type JourneyClient, registerClient } from './welfare-desk';

/**
 * The outcome measure on a deployment that starts empty: the social worker takes the baseline right
 * after the intake, the teacher the end round at the group's last half-day on a tablet, the student the
 * end round at the second visit on a phone; three months later (the server's clock moved on) the
 * follow-up is due on the follow-up list and asked by phone, the client page shows the change, and the
 * project lead compares the waves and variations and downloads the funder's report.
 */

type Client = JourneyClient & { wave: string };

const stamp = Date.now().toString(36).toUpperCase();
const PROGRAMME = 'Digitaal pakket Gent 2027';
const WAVES = ['Golf 1 — voorjaar', 'Golf 2 — najaar'];
const GROUP = 'Basis digitaal — Rabot';
const LESSON_DAYS = [brusselsDate(-2), brusselsDate(-1), brusselsDate(0)];
const SERIALS = [1, 2].map((index) => `OM-${stamp}-${index}`);
const learner: Client = {
  firstName: 'Fatma',
  lastName: 'Yilmaz',
  language: 'tr',
  street: 'Rabotstraat 3',
  postcode: '9000',
  phone: '0470 55 66 71',
  wave: WAVES[0]!,
};
const visited: Client = {
  firstName: 'Oksana',
  lastName: 'Shevchenko',
  language: 'uk',
  street: 'Wondelgemstraat 40',
  postcode: '9000',
  phone: '0470 55 66 72',
  wave: WAVES[1]!,
  packageChange: {
    cheques: 4,
    basicCourse: false,
    reason: 'Groepslessen zijn te ver: extra cheques voor hulp aan huis.',
  },
};
const fullName = (client: Client) => `${client.firstName} ${client.lastName}`;
const guideImage = (name: string) => new URL(`../../docs/images/${name}.png`, import.meta.url).pathname;

const { as, closeAll, deployment } = castOnEmptyDeployment({
  port: Number(process.env.E2E_PORT ?? 3199) + 2,
});

test.describe('outcome rounds from the intake to three months after the end', () => {
  test('the programme, laptops, two waves and a group of three half-days are set up', async ({ browser }) => {
    const admin = await as(browser, 'admin');
    await openFromMenu(admin, 'Beheer');
    const programme = admin.getByRole('region', { name: 'Programma', exact: true });
    await programme.getByLabel('Naam van het programma').fill(PROGRAMME);
    await programme.getByLabel('Hulp aan huis door').selectOption({ label: 'Beego Gent' });
    await programme.getByLabel('Basisopleiding door').selectOption({ label: 'Ligo Gent' });
    await programme.getByRole('button', { name: 'Programma starten' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Het programma is gestart.' })).toBeVisible();

    const lead = await as(browser, 'projectLead');
    await receiveLaptops(lead, { programme: PROGRAMME, serials: SERIALS });

    const coordinator = await as(browser, 'ligoCoordinator');
    await planGroup(coordinator, { name: GROUP, programme: PROGRAMME, language: 'Turks', days: LESSON_DAYS });

    await openFromMenu(lead, 'Golven');
    for (const wave of WAVES) {
      await lead.getByLabel('Naam van de golf').fill(wave);
      await lead.getByLabel('Afhalen vanaf').fill(brusselsDate(-7));
      await lead.getByLabel('Afhalen tot en met').fill(brusselsDate(21));
      await lead.getByLabel('Laptops', { exact: true }).fill('1');
      await lead.getByLabel('Uren hulp aan huis').fill('8');
      await lead.getByLabel('Plaatsen in de opleiding').fill('1');
      await lead.getByRole('button', { name: 'Golf plannen' }).click();
      await expect(lead.getByRole('table').getByRole('row').filter({ hasText: wave })).toBeVisible();
    }
  });

  test('the social worker takes the baseline at intake, pre-filled from the intake’s skills answers', async ({
    browser,
  }) => {
    const desk = await as(browser, 'socialWorker');
    for (const client of [learner, visited]) {
      client.id = await registerClient(desk, {
        ...client,
        fileNumber: `GENT-${stamp}-${client.firstName.toUpperCase()}`,
        birthDate: '1979-05-02',
      });
      await approveAtIntake(desk, { wave: new RegExp(client.wave), packageChange: client.packageChange });
      const outcomes = desk.getByRole('region', { name: 'Effectmeting' });
      await expect(outcomes.getByRole('row', { name: /^Nulmeting/ })).toContainText('Nu af te nemen');
      await outcomes.getByRole('link', { name: 'Nulmeting afnemen' }).click();
      await expect(desk.getByRole('heading', { level: 1, name: 'Nulmeting afnemen' })).toBeVisible();
      // The intake said "not at all" for the computer: the baseline starts from "I can't" there.
      await expect(
        item(desk, 'Het toestel aanzetten').getByRole('radio', { name: /^Ik kan het niet/ }),
      ).toBeChecked();
      await expect(desk.getByText('Let op: deze vertaling is een machinevertaling')).toBeVisible();
      await answerAll(desk, { step: /^Met hulp/, confidence: '3', keep: true });
      if (client === learner) {
        await expectNoSeriousA11yViolations(desk, 'the baseline questionnaire');
        await desk.screenshot({ path: guideImage('outcomes-baseline'), fullPage: true });
      }
      await desk.getByRole('button', { name: 'Nulmeting opslaan' }).click();
      await expect(desk.getByRole('heading', { level: 1, name: fullName(client) })).toBeVisible();
      await expect(
        desk.getByRole('region', { name: 'Effectmeting' }).getByRole('row', { name: /^Nulmeting/ }),
      ).toContainText('Afgenomen');
      client.codes = (
        await equip(desk, { serialPrefix: `OM-${stamp}`, cheques: client.packageChange?.cheques ?? 2 })
      ).codes;
    }
    await enrolInGroup(desk, { clientId: learner.id!, group: GROUP });
  });

  test('the teacher takes the end round at the last half-day on a tablet', async ({ browser }) => {
    await chooseEndRoundTaker(
      await as(browser, 'projectLead'),
      'De lesgever, op de laatste halve dag van de groep',
    );
    const teacher = await as(browser, 'teacher');
    expect(teacher.viewportSize()).toEqual(SCREENS.tablet.viewport);
    await openAttendance(teacher, GROUP, 2);
    await teacher.getByRole('link', { name: `Eindmeting afnemen bij ${fullName(learner)}` }).click();
    await expect(teacher.getByRole('heading', { level: 1, name: 'Eindmeting' })).toBeVisible();
    // One question per screen: the teacher reads it aloud, the learner sees it in Turkish too.
    await expect(teacher.locator('.outcome-item')).toHaveCount(1);
    await expect(teacher.locator('.outcome-item__translated').first()).toHaveAttribute('lang', 'tr');
    await answerOneByOne(teacher, { step: /^Alleen/, confidence: '7' });
    await expectNoSeriousA11yViolations(teacher, 'the end round on a tablet');
    await teacher.screenshot({ path: guideImage('outcomes-ligo-end-round'), fullPage: true });
    await teacher.getByRole('button', { name: 'Eindmeting opslaan' }).click();
    await expect(teacher.getByRole('status').filter({ hasText: 'Eindmeting opgeslagen.' })).toBeVisible();
  });

  test('the student takes the end round at the second visit on a phone', async ({ browser }) => {
    await chooseEndRoundTaker(await as(browser, 'projectLead'), 'De student, bij het tweede bezoek');
    const student = await as(browser, 'student');
    expect(student.viewportSize()).toEqual(SCREENS.phone.viewport);
    for (const code of visited.codes!.slice(0, 2)) {
      await student.goto('/beego/');
      await student.getByRole('main').getByRole('link', { name: 'Cheque inwisselen' }).click();
      await student.getByLabel('Code van de cheque').fill(code);
      await student.getByRole('button', { name: 'Verder' }).click();
      await expect(student.getByRole('heading', { level: 2, name: 'Het bezoek' })).toBeVisible();
      await student.getByLabel('Duur in minuten').fill('60');
      await student.getByRole('checkbox', { name: 'E-mail' }).check();
      await student.getByRole('textbox', { name: /^Notities/ }).fill('Samen e-mail en videobellen geoefend.');
      await student.getByRole('button', { name: 'Bezoek opslaan' }).click();
      await expect(student.getByRole('heading', { name: 'Cheque ingewisseld' })).toBeVisible();
    }
    await student.getByRole('link', { name: 'Bekijk het bezoek' }).click();
    await student.getByRole('link', { name: 'Eindmeting afnemen' }).click();
    await expect(student.getByRole('heading', { level: 1, name: 'Eindmeting' })).toBeVisible();
    await answerOneByOne(student, { step: /^Alleen/, confidence: '6' });
    await expectNoSeriousA11yViolations(student, 'the end round on a phone');
    await student.screenshot({ path: guideImage('outcomes-beego-end-round'), fullPage: true });
    await student.getByRole('button', { name: 'Eindmeting opslaan' }).click();
    await expect(student.getByRole('status').filter({ hasText: 'Eindmeting opgeslagen.' })).toBeVisible();
  });

  test('the client page shows both rounds; the social worker completes the trajectory', async ({
    browser,
  }) => {
    const desk = await as(browser, 'socialWorker');
    await desk.goto(`/ocmw/clients/${learner.id}`);
    const outcomes = desk.getByRole('region', { name: 'Effectmeting' });
    await expect(outcomes.getByRole('row', { name: /^Eindmeting/ })).toContainText('Tom Lesgever');
    await expect(outcomes).toContainText('Nulmeting → Eindmeting');
    const end = desk.getByRole('region', { name: 'Traject afronden of stopzetten' });
    await end.getByLabel('Korte samenvatting').fill('Basisopleiding gevolgd; cheques nog niet gebruikt.');
    await end.getByRole('button', { name: 'Traject afronden' }).click();
    await expect(end).toContainText('Dit traject is afgesloten');
  });

  test('three months later the follow-up is due on the follow-up list and is asked by phone', async ({
    browser,
  }) => {
    await closeAll();
    await deployment().restart({ clockShiftDays: 92 });
    const desk = await as(browser, 'socialWorker');
    await openFromMenu(desk, 'Opvolging');
    const due = desk.getByRole('region', { name: 'Metingen om af te nemen' });
    const row = due.getByRole('listitem').filter({ hasText: fullName(learner) });
    await expect(row).toContainText('Na 3 maanden');
    await expectNoSeriousA11yViolations(desk, 'the follow-up list with rounds due');
    await due.screenshot({ path: guideImage('outcomes-follow-up') });
    await row
      .getByRole('link', { name: `Na 3 maanden telefonisch afnemen bij ${fullName(learner)}` })
      .click();
    await expect(desk.getByRole('radio', { name: 'Telefonisch' })).toBeChecked();
    await answerAll(desk, { step: /^Ik kan het aan iemand anders tonen/, confidence: '8' });
    await desk.getByRole('button', { name: 'Na 3 maanden opslaan' }).click();

    const outcomes = desk.getByRole('region', { name: 'Effectmeting' });
    await expect(outcomes.getByRole('row', { name: /^Na 3 maanden/ })).toContainText('telefonisch');
    await expect(outcomes).toContainText('Nulmeting → Na 3 maanden: +');
    await expect(
      outcomes.getByRole('img', { name: /Taken alleen en zelfvertrouwen per meting/ }),
    ).toBeVisible();
    await expect(outcomes.getByRole('row', { name: /^Na 6 maanden/ })).toContainText('Nog niet');
    await expectNoSeriousA11yViolations(desk, 'the client page with three rounds');
    await outcomes.screenshot({ path: guideImage('outcomes-client') });
  });

  test('the project lead compares the waves and variations and downloads the funder’s report', async ({
    browser,
  }, testInfo) => {
    const lead = await as(browser, 'projectLead');
    await openFromMenu(lead, 'Dashboard');
    await lead.getByRole('link', { name: 'Effectmeting: golven en varianten vergelijken' }).click();
    await expect(lead.getByRole('heading', { level: 1, name: 'Effectmeting vergelijken' })).toBeVisible();
    for (const wave of WAVES) await expect(lead.getByRole('heading', { level: 3, name: wave })).toBeVisible();
    // Two clients are far too few: every group says so instead of showing a figure.
    await expect(lead.getByText('Te weinig om te vergelijken').first()).toBeVisible();
    await expect(lead.getByText(/mediaan/)).toHaveCount(0);
    await expectNoSeriousA11yViolations(lead, 'the outcome comparison');
    await lead.screenshot({ path: guideImage('outcomes-comparison'), fullPage: true });

    const xlsx = await lead.request.get(
      (await lead.getByRole('link', { name: 'Rapport voor de financier (XLSX)' }).getAttribute('href'))!,
    );
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await lead.request.get(
      (await lead.getByRole('link', { name: 'Rapport voor de financier (PDF)' }).getAttribute('href'))!,
    );
    expect(pdf.status()).toBe(200);
    const pdfPath = testInfo.outputPath('funder-report.pdf');
    writeFileSync(pdfPath, await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain(PROGRAMME);
  });
});

async function chooseEndRoundTaker(lead: Page, taker: string) {
  await lead.goto('/ocmw/dashboard/outcomes');
  const settings = lead.getByRole('region', { name: 'Effectmeting instellen' });
  await settings.getByRole('radio', { name: taker }).check();
  await expect(
    lead.getByRole('status').filter({ hasText: 'De instelling van de effectmeting is bewaard.' }),
  ).toBeVisible();
  await expect(settings.getByRole('radio', { name: taker })).toBeChecked();
}

/** One item of the questionnaire, by the start of its Dutch wording. */
function item(page: Page, dutch: string): Locator {
  return page.locator('.outcome-item').filter({ hasText: dutch });
}

/** Answers every item shown (tasks with `step`, confidence with its number); `keep` leaves pre-filled ones. */
async function answerAll(
  page: Page,
  { step, confidence, keep }: { step: RegExp; confidence: string; keep?: boolean },
) {
  const items = page.locator('.outcome-item');
  const count = await items.count();
  for (let index = 0; index < count; index += 1) {
    const current = items.nth(index);
    if (keep && (await current.getByRole('radio', { checked: true }).count()) > 0) continue;
    const task = current.getByRole('radio', { name: step });
    if ((await task.count()) > 0) await task.check();
    else await current.getByRole('radio', { name: confidence, exact: true }).check();
  }
}

/** Answers one item per screen, moving on with "Volgende vraag" until the last. */
async function answerOneByOne(page: Page, { step, confidence }: { step: RegExp; confidence: string }) {
  const next = page.getByRole('button', { name: 'Volgende vraag' });
  for (;;) {
    await answerAll(page, { step, confidence });
    if (await next.isDisabled()) break;
    await next.click();
  }
  await expect(page.getByText(/^(\d+) van \1 vragen beantwoord$/)).toBeVisible();
}
