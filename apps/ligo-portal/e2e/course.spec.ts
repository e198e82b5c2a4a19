import { QUESTION_IDS } from '@digipakket/domain';
import {
  brusselsDate,
  demoApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  openAttendance,
  planLessons,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

type Client = { id: string; firstName: string; lastName: string };

/** New clients approved at intake with no computer skills yet, so their package holds the basic course. */
async function approvedClients(welfare: APIRequestContext, count: number): Promise<Client[]> {
  const clients: Client[] = [];
  for (let index = 0; index < count; index += 1) {
    const suffix = `${Date.now().toString(36)}${index}`.toUpperCase();
    const created = await welfare.post('/api/clients', {
      data: {
        fileNumber: `E2E-L-${suffix}`,
        firstName: ['Amal', 'Bert', 'Chloé'][index % 3],
        // A letter per learner first, so no name is part of another and each card is found alone.
        lastName: `Leerling${'ABC'[index % 3]}${suffix.toLowerCase().replace(/[0-9]/g, '')}`,
        preferredLanguage: 'nl',
      },
    });
    expect(created.status()).toBe(201);
    const { client } = (await created.json()) as { client: Client };
    const context = (await (await welfare.get(`/api/clients/${client.id}/intake`)).json()) as {
      waves: { id: string }[];
    };
    const intake = await welfare.put(`/api/clients/${client.id}/intake`, {
      data: {
        decision: 'approved',
        purposes: ['social_contact'],
        answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, 'no'])),
        waveId: context.waves.at(-1)!.id,
      },
    });
    expect(intake.ok(), await intake.text()).toBe(true);
    clients.push(client);
  }
  return clients;
}

const marksOf = (page: Page, learner: Client) =>
  page.getByRole('group', { name: new RegExp(`^${learner.firstName} ${learner.lastName}`) });
const rowOf = (page: Page, learner: Client) =>
  page
    .getByRole('list', { name: 'Cursisten' })
    .getByRole('listitem')
    .filter({ has: marksOf(page, learner) });

async function markAs(page: Page, learner: Client, status: string) {
  await marksOf(page, learner).getByRole('radio', { name: status, exact: true }).check();
  await expect(rowOf(page, learner).getByText('Bewaard', { exact: true })).toBeVisible();
}

test.describe('a basic course from group to referral', () => {
  test('the coordinator plans a group, the welfare centre fills it, the teacher marks attendance, and the course ends with referrals', async ({
    page,
    browser,
    baseURL,
  }) => {
    // The whole journey through two portals and four accounts: more than the default minute.
    test.slow();
    const groupName = `Basis digitaal — groep ${Date.now().toString(36)}`;
    const days = [brusselsDate(-2), brusselsDate(-1), brusselsDate(0)];

    await signInAsDemo(page, 'ligoCoordinator', 'Cursusgroepen');
    await expectNoSeriousA11yViolations(page, 'the groups page');

    await page.getByLabel('Naam van de groep').fill(groupName);
    await page.getByLabel('Locatie').selectOption({ label: 'Ligo Gent — lokaal 1.04' });
    await page.getByLabel('Lesgever').selectOption({ label: 'Koen Maes' });
    await page.getByLabel('Aantal plaatsen').fill('2');
    await page.getByRole('checkbox', { name: 'Arabisch' }).check();
    await page.screenshot({ path: docsImagePath('ligo-groups'), fullPage: true });
    await page.getByRole('button', { name: 'Groep maken' }).click();

    await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
    await planLessons(page, days);
    const groupUrl = page.url();

    const welfare = await demoApi(baseURL!, 'socialWorker');
    const clients = await approvedClients(welfare, 3);
    const open = (await (await welfare.get('/api/training/groups/open?includeStarted=true')).json()) as {
      items: { id: string; name: string }[];
    };
    const groupId = open.items.find((group) => group.name === groupName)!.id;

    // The social worker enrols each client from the client page in the welfare portal: two get the
    // group's two seats, the third goes on its waitlist.
    const welfareContext = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
    const socialWorker = await welfareContext.newPage();
    await signInAsDemo(socialWorker, 'socialWorker');
    const statuses: string[] = [];
    for (const client of clients) {
      await socialWorker.goto(`/ocmw/clients/${client.id}`);
      const track = socialWorker.getByRole('region', { name: 'Basisopleiding' });
      // The group's first lesson was two days ago: a started group is offered only when asked for.
      await track.getByRole('checkbox', { name: 'Ook groepen tonen die al gestart zijn' }).check();
      await track.getByLabel('Groep', { exact: true }).selectOption(groupId);
      await track.getByRole('button', { name: 'Inschrijven' }).click();
      await expect(
        socialWorker.getByRole('status').filter({ hasText: 'De inschrijving is doorgegeven.' }),
      ).toBeVisible();
      const enrolment = track
        .getByRole('listitem')
        .filter({ has: socialWorker.locator('strong', { hasText: groupName }) });
      await expect(enrolment).toBeVisible();
      statuses.push((await enrolment.textContent()) ?? '');
    }
    expect(statuses[0]).toContain('ingeschreven');
    expect(statuses[1]).toContain('ingeschreven');
    expect(statuses[2]).toContain('wachtlijst');
    await expectNoSeriousA11yViolations(socialWorker, 'the client page after enrolling');
    const [first, second, third] = clients as [Client, Client, Client];

    await page.reload();
    const learners = page.getByRole('list', { name: 'Cursisten en wachtlijst' });
    await expect(learners.getByRole('listitem')).toHaveCount(3);
    await expect(learners.getByRole('listitem').filter({ hasText: third.lastName })).toContainText(
      'Wachtlijst: plaats 1',
    );
    await expectNoSeriousA11yViolations(page, 'the group page');

    const teacherContext = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      locale: 'nl-BE',
      timezoneId: 'Europe/Brussels',
    });
    const teacher = await teacherContext.newPage();
    await signInAsDemo(teacher, 'teacher', 'Mijn lessen');
    for (const [index, status] of [
      ['Aanwezig', 'Afwezig'],
      ['Te laat', 'Afwezig'],
    ].entries()) {
      await openAttendance(teacher, groupName, index);
      await expect(
        teacher.getByRole('heading', { level: 1, name: `Aanwezigheden — ${groupName}` }),
      ).toBeVisible();
      await markAs(teacher, first, status![0]!);
      await markAs(teacher, second, status![1]!);
    }
    const secondRow = rowOf(teacher, second);
    await secondRow.getByLabel(`Notitie bij ${second.firstName} ${second.lastName}`).fill('Belde niet af');
    await secondRow.getByRole('button', { name: 'Notitie bewaren' }).click();
    await expect(secondRow.getByText('Bewaard', { exact: true })).toBeVisible();
    const firstRow = rowOf(teacher, first);
    await firstRow.getByText(`Voortgang van ${first.firstName} ${first.lastName}`).click();
    await firstRow.getByLabel('Wat kan de cursist nu?').fill('Stuurt zelf een e-mail met bijlage.');
    await firstRow.getByRole('button', { name: 'Voortgang bewaren' }).click();
    await expect(firstRow.getByRole('status')).toHaveText('Bewaard');
    await expectNoSeriousA11yViolations(teacher, 'the attendance list');
    await teacher.screenshot({ path: docsImagePath('ligo-attendance'), fullPage: true });

    await teacherContext.close();

    await page.goto(groupUrl);
    const secondName = `${second.firstName} ${second.lastName}`;
    await page.getByRole('button', { name: `${secondName} uitschrijven` }).click();
    const withdrawal = page.getByRole('form', { name: `Uitschrijven: ${secondName}` });
    const confirm = withdrawal.getByRole('button', { name: 'Uitschrijving bevestigen' });
    await confirm.click();
    await expect(withdrawal.getByLabel('Reden')).toHaveAccessibleDescription(/Kies een reden\./);
    await withdrawal.getByLabel('Reden').selectOption({ label: 'Andere reden' });
    await confirm.click();
    await expect(withdrawal.getByLabel(/^Toelichting/)).toHaveAccessibleDescription(/Schrijf kort waarom\./);
    await withdrawal.getByLabel(/^Toelichting/).fill('Vond werk in de voormiddag');
    await expectNoSeriousA11yViolations(page, 'the withdrawal form');
    await withdrawal.screenshot({ path: docsImagePath('ligo-withdraw') });
    await confirm.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'de eerste op de wachtlijst schuift door' }),
    ).toBeVisible();
    await expect(learners.getByRole('listitem').filter({ hasText: third.lastName })).toContainText(
      '0 van 2 lessen gevolgd',
    );
    await expect(learners.getByRole('listitem').filter({ hasText: second.lastName })).toContainText(
      'Uitgeschreven',
    );
    await expect(learners.getByRole('listitem').filter({ hasText: second.lastName })).toContainText(
      'Andere reden — Vond werk in de voormiddag',
    );

    const firstCard = learners.getByRole('listitem').filter({ hasText: first.lastName });
    await expect(firstCard).toContainText('Cursus voltooid (2 van 3)');
    await expect(firstCard).toContainText('Stuurt zelf een e-mail met bijlage.');
    await firstCard.getByLabel('Welke cursus?').fill('Computer — vervolgcursus');
    await firstCard.getByRole('button', { name: 'Beslissing bewaren' }).click();
    await expect(firstCard).toContainText('Doorverwezen naar Computer — vervolgcursus');

    const thirdCard = learners.getByRole('listitem').filter({ hasText: third.lastName });
    await thirdCard.getByRole('radio', { name: 'Niet doorverwezen' }).check();
    await thirdCard.getByLabel('Waarom niet?').fill('Pas ingestroomd; volgt de volgende groep');
    await thirdCard.getByRole('button', { name: 'Beslissing bewaren' }).click();
    await expect(thirdCard).toContainText('Niet doorverwezen: Pas ingestroomd');
    await expectNoSeriousA11yViolations(page, 'the group page after the course');
    await page.screenshot({ path: docsImagePath('ligo-group'), fullPage: true });

    await socialWorker.goto(`/ocmw/clients/${first.id}`);
    const firstTraining = socialWorker.getByRole('region', { name: 'Basisopleiding' });
    await expect(firstTraining).toContainText(`Aanwezig in ${groupName}`);
    await expect(firstTraining).toContainText('2 van 3 lessen — cursus voltooid');
    await expect(firstTraining).toContainText('Doorverwezen naar Computer — vervolgcursus');
    await expect(firstTraining).toContainText('Stuurt zelf een e-mail met bijlage.');
    await expectNoSeriousA11yViolations(socialWorker, 'the client page after the course');
    await socialWorker.goto(`/ocmw/clients/${second.id}`);
    await expect(socialWorker.getByRole('region', { name: 'Basisopleiding' })).toContainText(
      'Andere reden — Vond werk in de voormiddag',
    );
    await welfareContext.close();

    const view = (await (await welfare.get(`/api/training/clients/${first.id}/enrolments`)).json()) as {
      items: { groupId: string; completed: boolean; progressNote: string | null }[];
    };
    expect(view.items.find((item) => item.groupId === groupId)).toMatchObject({
      completed: true,
      progressNote: 'Stuurt zelf een e-mail met bijlage.',
    });
    await welfare.dispose();
  });
});

test.describe('coordinator pages', () => {
  test('the coordinator adds a location and invites a teacher, whose link is shown once', async ({
    page,
  }) => {
    const stamp = Date.now().toString(36);
    await signInAsDemo(page, 'ligoCoordinator', 'Cursusgroepen');
    await page.getByRole('link', { name: 'Locaties' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Locaties' })).toBeVisible();
    await page.getByLabel('Naam', { exact: true }).fill(`Bibliotheek De Krook ${stamp}`);
    await page.getByLabel('Straat en nummer').fill('Miriam Makebaplein 1');
    await page.getByLabel('Toegankelijkheid').fill('Rolstoeltoegankelijk, lift naar de tweede verdieping');
    await page.getByLabel('Hoe geraak je er?').fill('Tram 1, halte Korenmarkt');
    await page.getByRole('button', { name: 'Locatie bewaren' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: `Bibliotheek De Krook ${stamp}` }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the locations page');
    await page.screenshot({ path: docsImagePath('ligo-locations'), fullPage: true });

    await page.getByRole('link', { name: 'Lesgevers' }).click();
    await page.getByLabel('Naam').fill('Ines Lesgever');
    await page.getByLabel('E-mailadres').fill(`ines.${stamp}@ligo.test`);
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    const once = page.getByRole('region', { name: 'Uitnodiging voor Ines Lesgever' });
    await expect(once).toBeVisible();
    await expect(once.getByTestId('sign-in-link')).toHaveText(/\/ligo\/link#[A-Za-z0-9_-]{43}$/);
    await expectNoSeriousA11yViolations(page, 'the teachers page');
    await page.screenshot({ path: docsImagePath('ligo-teachers'), fullPage: true });
    await page.getByRole('button', { name: 'Doorgegeven, verbergen' }).click();
    await expect(once).toHaveCount(0);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Ines Lesgever stopzetten' }).click();
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: `ines.${stamp}@ligo.test` })
        .getByText('Gestopt'),
    ).toBeVisible();
  });
});
