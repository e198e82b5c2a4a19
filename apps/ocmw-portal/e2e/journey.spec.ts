import { QUESTION_IDS } from '@digipakket/domain';
import {
  callApi,
  docsImagePath,
  drawSignature,
  expectNoSeriousA11yViolations,
  fillClientForm,
  openFromMenu,
  SKILL_QUESTIONS_NL,
  signInAsDemo,
  uniqueSuffix,
} from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';

async function createClient(page: Page, overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  const { client } = await callApi(page, 'POST', '/clients', {
    fileNumber: `E2E-${Date.now().toString(36).toUpperCase()}-${suffix.toUpperCase()}`,
    firstName: 'Noor',
    lastName: `Journey${suffix}`,
    preferredLanguage: 'nl',
    street: `Teststraat ${suffix}`,
    postcode: '9000',
    ...overrides,
  });
  return client as { id: string; firstName: string; lastName: string; fileNumber: string };
}

async function approveByApi(page: Page, clientId: string) {
  const context = await callApi(page, 'GET', `/clients/${clientId}/intake`);
  await callApi(page, 'PUT', `/clients/${clientId}/intake`, {
    decision: 'approved',
    purposes: ['work'],
    answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, 'no'])),
    waveId: context.waves.at(-1).id,
  });
}

/** The intake's first step: what the laptop is for, none usable at home, and whether the client can buy one. */
async function answerSituation(page: Page, { purpose, canPay }: { purpose: string; canPay: 'Ja' | 'Nee' }) {
  await page.getByLabel(purpose).check();
  await page
    .getByRole('group', { name: 'Is er al een bruikbare laptop in het gezin?' })
    .getByLabel('Nee')
    .check();
  await page
    .getByRole('group', { name: 'Kan de cliënt zelf een laptop betalen?' })
    .getByLabel(canPay)
    .check();
}

async function answerQuestionnaire(page: Page, answer: 'Alleen' | 'Met hulp' | 'Niet') {
  for (const question of SKILL_QUESTIONS_NL) {
    await page.getByRole('group', { name: question }).getByLabel(answer).check();
  }
}

test.describe('the social worker journey', () => {
  test('from a new client to an equipped client with cheques, all on the client page', async ({ page }) => {
    const suffix = uniqueSuffix();
    const lastName = `Verstraete${suffix}`;
    const fileNumber = `E2E-J-${Date.now().toString(36).toUpperCase()}`;
    await signInAsDemo(page, 'socialWorker');

    await openFromMenu(page, 'Nieuwe cliënt');
    await fillClientForm(page, {
      fileNumber,
      firstName: 'Fatima',
      lastName,
      birthDate: '1979-02-14',
      language: 'ar',
      phone: '0470 55 66 77',
      street: `Journeystraat ${suffix}`,
      postcode: '9000',
    });
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();

    // Saving lands on the new client's own page, where the intake starts.
    await expect(page).toHaveURL(/\/ocmw\/clients\/cli_[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: `Fatima ${lastName}` })).toBeVisible();
    await expect(page.locator('.page-header .badge')).toContainText('Aangemeld');
    await expectNoSeriousA11yViolations(page, 'the client page of a new client');

    await page.getByRole('link', { name: 'Intake starten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Intake' })).toBeVisible();
    await answerSituation(page, { purpose: 'Werk', canPay: 'Nee' });
    await expectNoSeriousA11yViolations(page, 'the intake, step 1');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await answerQuestionnaire(page, 'Niet');
    await expectNoSeriousA11yViolations(page, 'the intake questionnaire');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByText('De cliënt voldoet aan elke regel.')).toBeVisible();
    await expect(page.getByText('Geen basisvaardigheden')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the intake verdict');
    await page.screenshot({ path: docsImagePath('ocmw-intake-verdict'), fullPage: true });
    await page.getByRole('button', { name: 'Goedkeuren' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Fatima ${lastName}` })).toBeVisible();
    await expect(page.locator('.page-header .badge')).toContainText('Goedgekeurd');
    await page.getByRole('button', { name: 'Laptop reserveren' }).click();
    await expect(page.locator('.page-header .badge')).toContainText('Laptop gereserveerd');

    await page.getByRole('link', { name: 'Laptop meegeven' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Laptop meegeven' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Ontvangstbewijs afdrukken/ })).toHaveAttribute(
      'href',
      /receipt\.pdf\?language=ar$/,
    );
    await expectNoSeriousA11yViolations(page, 'the handout page');
    await page.getByRole('button', { name: 'Meegeven bevestigen' }).click();
    await expect(page.getByRole('alert')).toContainText('Laat de cliënt tekenen op het scherm');
    await drawSignature(page, [
      [90, 60],
      [140, 150],
      [200, 70],
      [260, 140],
      [330, 90],
    ]);
    await page.screenshot({ path: docsImagePath('ocmw-handout-signature'), fullPage: true });
    await page.getByRole('button', { name: 'Meegeven bevestigen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Fatima ${lastName}` })).toBeVisible();
    await expect(page.locator('.page-header .badge')).toContainText('Laptop ontvangen');
    await expect(page.getByText('op het scherm')).toBeVisible();
    await page.getByRole('button', { name: 'Cheques uitreiken' }).click();
    const cheques = page.getByRole('table', { name: 'Cheques thuishulp' });
    await expect(cheques.getByRole('row')).toHaveCount(3);
    await expect(cheques.getByRole('rowheader').first()).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3}$/);
    await expect(page.getByRole('link', { name: 'Cheques afdrukken' })).toHaveAttribute(
      'href',
      /cheques\.pdf$/,
    );

    // Only groups that have not started are offered, until the started ones are asked for too.
    const training = page.getByRole('region', { name: 'Basisopleiding' });
    const groupChoice = training.getByLabel('Groep', { exact: true });
    await expect(groupChoice.getByRole('option', { name: /Basis digitaal — groep C/ })).toHaveCount(1);
    await expect(groupChoice.getByRole('option', { name: /al gestart/ })).toHaveCount(0);
    await training.getByLabel('Ook groepen tonen die al gestart zijn').check();
    await expect(
      groupChoice.getByRole('option', { name: /Basis digitaal — groep A.*al gestart/ }),
    ).toHaveCount(1);
    await training.getByLabel('Ook groepen tonen die al gestart zijn').uncheck();
    await expect(groupChoice.getByRole('option', { name: /al gestart/ })).toHaveCount(0);
    const groupC = groupChoice.getByRole('option', { name: /Basis digitaal — groep C/ });
    await groupChoice.selectOption((await groupC.getAttribute('value'))!);

    await page.getByRole('button', { name: 'Inschrijven' }).click();
    // Group C has not started yet and supports Dutch, French and English: the page asks first.
    await expect(
      page.getByRole('alert').filter({ hasText: 'Deze groep ondersteunt het Arabisch niet' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the language warning before enrolling');
    await page.getByRole('button', { name: 'Toch inschrijven' }).click();
    await expect(
      training.getByRole('listitem').filter({ hasText: 'Basis digitaal — groep C' }),
    ).toContainText(/— (ingeschreven|op de wachtlijst)/);
    await expect(training.getByText('Nog niet ingeschreven.')).toHaveCount(0);
    for (const close of await page.getByRole('status').getByRole('button', { name: 'Sluiten' }).all())
      await close.click();

    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    for (const what of [
      'Cliënt geregistreerd',
      'Goedgekeurd',
      'Laptop gereserveerd',
      'Laptop meegegeven',
      'Cheque uitgereikt',
    ]) {
      await expect(timeline.getByText(what, { exact: true }).first()).toBeVisible();
    }
    await expect(timeline.getByText('door Sara Vermeulen (OCMW Gent)').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the client page of an equipped client');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: docsImagePath('ocmw-client-page'), fullPage: true });
  });

  test('a laptop taken by someone else in the meantime is refused with an explanation', async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const serial = `E2E-RACE-${Date.now().toString(36).toUpperCase()}`;
    const { devices } = await callApi(page, 'POST', '/devices/batches', {
      model: 'E2E model',
      serials: serial,
    });
    const first = await createClient(page);
    const second = await createClient(page);
    await approveByApi(page, first.id);
    await approveByApi(page, second.id);

    await page.goto(`/ocmw/clients/${second.id}`);
    await page.getByLabel('Laptop uit voorraad').selectOption(devices[0].id);
    await callApi(page, 'POST', `/devices/${devices[0].id}/transitions`, {
      type: 'reserve',
      clientId: first.id,
    });
    await page.getByRole('button', { name: 'Laptop reserveren' }).click();
    await expect(page.getByRole('alert')).toHaveText(/niet meer in voorraad/);
    await page.screenshot({ path: docsImagePath('ocmw-reservation-refused'), fullPage: true });
  });

  test('an ineligible client is approved only with a written reason, which the client page shows', async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker');
    const client = await createClient(page);
    await page.goto(`/ocmw/clients/${client.id}/intake`);
    await answerSituation(page, { purpose: 'School', canPay: 'Ja' });
    await page.getByRole('button', { name: 'Volgende' }).click();
    await answerQuestionnaire(page, 'Met hulp');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByText('De cliënt kan zelf een laptop betalen.')).toBeVisible();

    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Keur alleen goed met een geschreven reden/);
    await page.screenshot({ path: docsImagePath('ocmw-intake-refused'), fullPage: true });

    const reason = 'Het inkomen is in beslag genomen door de schuldbemiddelaar tot eind 2026.';
    await page.getByLabel('Reden voor een uitzondering').fill(reason);
    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `${client.firstName} ${client.lastName}` }),
    ).toBeVisible();
    await expect(page.getByRole('note')).toContainText(reason);
    await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByText(reason)).toBeVisible();
  });

  test('a possible duplicate is shown before saving, and can be saved anyway', async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const existing = await createClient(page, { birthDate: '1968-11-03' });
    await page.goto('/ocmw/clients/new');
    await page.getByLabel('Dossiernummer').fill(`E2E-DUPL-${Date.now().toString(36).toUpperCase()}`);
    await page.getByLabel('Voornaam').fill(existing.firstName);
    await page.getByLabel('Achternaam').fill(existing.lastName);
    await page.getByLabel('Geboortedatum').fill('1968-11-03');
    await page.getByLabel('Voorkeurstaal').selectOption('nl');
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();

    const warning = page.getByRole('region', { name: 'Bestaat deze cliënt al?' });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('link', { name: new RegExp(existing.fileNumber) })).toBeVisible();
    await expect(warning).toContainText('zelfde naam en geboortedatum');
    await expectNoSeriousA11yViolations(page, 'the duplicate warning');
    await page.screenshot({ path: docsImagePath('ocmw-duplicate-warning'), fullPage: true });
    await page.getByRole('button', { name: 'Toch opslaan' }).click();
    await expect(page).toHaveURL(/\/ocmw\/clients\/cli_[^/]+$/);
    await expect(page).not.toHaveURL(new RegExp(`/clients/${existing.id}$`));
    await expect(
      page.getByRole('heading', { level: 1, name: `${existing.firstName} ${existing.lastName}` }),
    ).toBeVisible();
  });

  test('a bad national register number is refused in the edit form', async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const client = await createClient(page);
    await page.goto(`/ocmw/clients/${client.id}/edit`);
    await page.getByLabel('Rijksregisternummer').fill('85.07.30-033.00');
    await page.getByLabel('Telefoon').fill('+31 6 12345678');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByLabel('Rijksregisternummer')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Telefoon')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Telefoon').fill('09 266 00 00');
    await page.getByLabel('Rijksregisternummer').fill('');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `${client.firstName} ${client.lastName}` }),
    ).toBeVisible();
    await expect(page.getByText('09 266 00 00')).toBeVisible();
  });

  test('a delivery of laptops is received, a repeated serial refused by its line number', async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker');
    const stamp = Date.now().toString(36).toUpperCase();
    await openFromMenu(page, 'Laptops');
    await expect(page.getByRole('heading', { level: 1, name: 'Laptops' })).toBeVisible();
    await page.getByRole('link', { name: 'Levering ontvangen' }).click();
    await page.getByLabel('Model').fill('Lenovo ThinkPad E14 Gen 6');
    await page.getByLabel('Financiering').fill('Digitale inclusie 2025');
    await page.getByLabel('Serienummers').fill(`${stamp}-1\n${stamp}-2\n${stamp}-1`);
    await page.getByRole('button', { name: 'Levering ontvangen' }).click();
    await expect(page.getByRole('alert')).toContainText(`Lijn 3: ${stamp}-1 staat er al op lijn 1.`);
    await expectNoSeriousA11yViolations(page, 'the delivery form with a refused line');
    await page.getByLabel('Serienummers').fill(`${stamp}-1\n${stamp}-2\n${stamp}-3`);
    await page.getByRole('button', { name: 'Levering ontvangen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Laptops' })).toBeVisible();
    await page.getByLabel('Model').selectOption('Lenovo ThinkPad E14 Gen 6');
    await expect(page.getByRole('link', { name: `${stamp}-3` })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the inventory');
    await page.screenshot({ path: docsImagePath('ocmw-inventory'), fullPage: true });
    await page.getByRole('link', { name: `${stamp}-3` }).click();
    await expect(page.getByRole('table', { name: 'Geschiedenis' })).toContainText('In voorraad');
    await expectNoSeriousA11yViolations(page, 'a device page');
  });

  test('a CSV import is checked row by row first, and importing the same file twice makes no duplicates', async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker');
    const stamp = Date.now().toString(36).toUpperCase();
    const csv = [
      'dossiernummer;voornaam;achternaam;geboortedatum;telefoon;taal;postcode',
      `IMP-${stamp}-1;Amira;Benali;1980-04-02;0470 11 22 33;ar;9000`,
      `IMP-${stamp}-2;Jan;Peeters;;09 266 00 00;nl;9050`,
      `IMP-${stamp}-3;Olena;Kovalenko;;+31 6 1234;uk;900`,
    ].join('\n');
    const file = { name: 'clienten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

    await openFromMenu(page, 'Importeren');
    await expect(page.getByRole('heading', { level: 1, name: 'Cliënten importeren' })).toBeVisible();
    await page.getByLabel('CSV-bestand').setInputFiles(file);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const refused = page.getByRole('table', { name: 'Geweigerde lijnen' });
    await expect(refused.getByRole('row')).toHaveCount(2);
    await expect(refused.getByRole('row').nth(1)).toContainText('4');
    await expect(refused.getByRole('row').nth(1)).toContainText('telefoon');
    await expect(refused.getByRole('row').nth(1)).toContainText('postcode');
    await expectNoSeriousA11yViolations(page, 'the import check report');
    await page.screenshot({ path: docsImagePath('ocmw-import-check'), fullPage: true });

    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const done = page.getByRole('region', { name: 'Resultaat van de import' });
    await expect(done.getByRole('listitem').filter({ hasText: /^Nieuw:/ })).toHaveText('Nieuw: 2');

    await page.getByRole('button', { name: 'Controleren' }).click();
    const again = page.getByRole('region', { name: /Resultaat van de controle/ });
    await expect(again.getByRole('listitem').filter({ hasText: /^Nieuw:/ })).toHaveText('Nieuw: 0');
    await expect(again.getByRole('listitem').filter({ hasText: /^Ongewijzigd:/ })).toHaveText(
      'Ongewijzigd: 2',
    );
  });
});
