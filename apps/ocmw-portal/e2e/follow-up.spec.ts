import { createRequire } from 'node:module';
import {
  callApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signInAndOpen,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { approvedClient } from './clients.fixtures';

// exceljs belongs to the API (which writes the files); the test borrows it to read one back.
type Workbook = {
  xlsx: { readFile: (path: string) => Promise<unknown> };
  worksheets: { eachRow: (callback: (row: { values: unknown }) => void) => void }[];
};
const ExcelJS = createRequire(new URL('../../api/package.json', import.meta.url))('exceljs') as {
  Workbook: new () => Workbook;
};

/** The API sweeps signals in the background a few seconds after start: wait until the list has rows. */
async function openFollowUpWithSignals(page: Page) {
  await page.getByRole('link', { name: 'Opvolging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('table')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * In a signal's dialog: writes `text` in `field`, confirms with `button`, and waits until the dialog
 * has closed and the page says `done`.
 */
async function confirmDialog(
  dialog: Locator,
  { field, text, button, done }: { field: string; text: string; button: string; done: string },
) {
  await dialog.getByLabel(field).fill(text);
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden();
  await expect(dialog.page().getByRole('status').filter({ hasText: done })).toBeVisible();
}

/** The number in the row of a chart's table whose header is `label`. */
async function rowFigure(chart: Locator, label: string): Promise<number> {
  const header = chart.page().getByRole('rowheader', { name: label, exact: true });
  return Number(await chart.getByRole('row').filter({ has: header }).getByRole('cell').textContent());
}

test.describe('follow-up', () => {
  test('a social worker works the follow-up list: sees what to do, snoozes one signal and opens a client', async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker');
    await openFollowUpWithSignals(page);
    await expect(page).toHaveTitle('Opvolging – OCMW-portaal');
    await expect(
      page.getByRole('status').filter({ hasText: /signa(a|le)l(en)? ?$|\d+ signa/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the follow-up list');
    await page.screenshot({ path: docsImagePath('ocmw-follow-up'), fullPage: true });

    const firstRow = page.getByRole('row').filter({ hasNotText: 'Student vraagt opvolging' }).nth(1);
    const clientName = (await firstRow.getByRole('rowheader').getByRole('link').textContent()) ?? '';
    await firstRow.getByRole('button', { name: /^Uitstellen:/ }).click();
    const dialog = page.getByRole('dialog', { name: `Signaal van ${clientName} uitstellen` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Uitstellen tot')).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'the snooze dialog');

    await dialog.getByRole('button', { name: 'Uitstellen' }).click();
    await expect(dialog.getByLabel('Reden')).toHaveAccessibleDescription(/Schrijf kort waarom je uitstelt\./);
    await confirmDialog(dialog, {
      field: 'Reden',
      text: 'Cliënt is op reis tot volgende week',
      button: 'Uitstellen',
      done: `Het signaal van ${clientName} is uitgesteld.`,
    });

    await page.getByLabel('Toon').selectOption('snoozed');
    const snoozedRow = page.getByRole('row').filter({ hasText: 'Cliënt is op reis tot volgende week' });
    await expect(snoozedRow.first()).toBeVisible();

    await page.getByLabel('Toon').selectOption('open');
    const link = page.getByRole('row').nth(1).getByRole('rowheader').getByRole('link');
    await link.click();
    await expect(page).toHaveURL(/\/ocmw\/clients\/cli_[a-z0-9]+$/);
  });

  test("a social worker closes a student's follow-up request with a note of what was done", async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker');
    await openFollowUpWithSignals(page);
    const row = page.getByRole('row').filter({ hasText: 'Student vraagt opvolging' }).first();
    const clientName = (await row.getByRole('rowheader').getByRole('link').textContent()) ?? '';
    await row.getByRole('button', { name: `Opgevolgd: ${clientName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Opvolging van ${clientName} afronden` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Afronden' }).click();
    await expect(dialog.getByLabel('Wat heb je gedaan?')).toHaveAccessibleDescription(
      /Schrijf kort wat je gedaan hebt\./,
    );
    await expectNoSeriousA11yViolations(page, 'the follow-up answer dialog');
    await confirmDialog(dialog, {
      field: 'Wat heb je gedaan?',
      text: 'Cliënt gebeld, extra uitleg over e-mail gegeven',
      button: 'Afronden',
      done: `De opvolging van ${clientName} is afgerond.`,
    });
    await expect(
      page.getByRole('row').filter({ hasText: 'Student vraagt opvolging' }).filter({ hasText: clientName }),
    ).toHaveCount(0);
  });

  test('the snooze dialog closes with Escape and gives focus back to its button', async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    await openFollowUpWithSignals(page);
    const button = page
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Uitstellen:/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the project lead filters every signal by who must act', async ({ page }) => {
    await signInAsDemo(page, 'projectLead');
    await openFollowUpWithSignals(page);
    await page.getByLabel('Wie moet handelen').selectOption('home_help');
    await expect(page.getByRole('row').nth(1)).toContainText('Beego');
    const owners = await page.getByRole('row').locator('td:nth-child(4)').allTextContents();
    expect(owners.every((owner) => owner === 'Beego')).toBe(true);
  });
});

type Overview = {
  intake: { decision: string } | null;
  device: { handedOutAt: string | null } | null;
  cheques: { purpose: string; status: string }[];
  training: { completed: boolean; referralDecided: boolean };
};

/** The dashboard funnel's first figure: every client the dashboard counts. */
async function funnelTotal(page: Page): Promise<number> {
  return Number(
    await page
      .getByRole('figure')
      .filter({ hasText: 'Trechter' })
      .getByRole('row')
      .nth(1)
      .getByRole('cell')
      .textContent(),
  );
}

/** The funnel counted client by client from each client's own page, not from the dashboard's queries. */
async function countFunnelFromClientPages(page: Page) {
  const clients: { id: string }[] = [];
  for (let offset = 0; ; offset += 100) {
    const list = await (await page.request.get(`/api/clients?limit=100&offset=${offset}`)).json();
    clients.push(...list.items);
    if (clients.length >= list.total) break;
  }
  const counts = {
    referred: 0,
    approved: 0,
    equipped: 0,
    installationVisitDone: 0,
    trainingCompleted: 0,
    referralDecided: 0,
  };
  for (const client of clients) {
    const overview: Overview = await (await page.request.get(`/api/clients/${client.id}/overview`)).json();
    counts.referred += 1;
    if (overview.intake?.decision === 'approved') counts.approved += 1;
    if (overview.device?.handedOutAt) counts.equipped += 1;
    if (overview.cheques.some((cheque) => cheque.purpose === 'installation' && cheque.status === 'redeemed'))
      counts.installationVisitDone += 1;
    if (overview.training.completed) counts.trainingCompleted += 1;
    if (overview.training.referralDecided) counts.referralDecided += 1;
  }
  return counts;
}

test.describe('dashboard', () => {
  test('the project lead sees the funnel as a chart whose figures match the clients one by one', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await signInAsDemo(page, 'projectLead');
    const moved = await approvedClient(page, {
      fileNumberPrefix: 'E2E-DB',
      firstName: 'Dirk',
      lastName: 'Dashboard',
      purposes: ['work'],
    });
    await callApi(page, 'POST', `/clients/${moved.id}/trajectory/end`, {
      reason: 'moved',
      note: 'Verhuisd naar Antwerpen',
    });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page).toHaveTitle('Dashboard – OCMW-portaal');

    const funnel = page.getByRole('figure').filter({ hasText: 'Trechter' });
    await expect(funnel.getByRole('img', { name: /Trechter.*Aangemeld: \d+/ })).toBeVisible();
    const endings = page.getByRole('figure').filter({ hasText: 'Vroegtijdig stopgezet, per reden' });
    await expect(endings.getByRole('img', { name: /per reden.*Verhuisd: \d+/ })).toBeVisible();
    const kpi = (label: string) =>
      page.getByRole('listitem').filter({ hasText: label }).locator('.kpi__value').textContent();
    // Other browser tests end trajectories of the same tenant too: compare with the API as a pair.
    await expect(async () => {
      await page.reload();
      await expect(endings.getByRole('table')).toBeVisible();
      const { endings: expected } = await callApi(page, 'GET', '/dashboard');
      expect(Number(await kpi('Trajecten afgerond'))).toBe(expected.completed);
      expect(Number(await kpi('Trajecten vroegtijdig stopgezet'))).toBe(expected.endedEarly);
      const movedCount = await rowFigure(endings, 'Verhuisd');
      expect(movedCount).toBe(
        expected.byReason.find((row: { reason: string }) => row.reason === 'moved')?.clients ?? 0,
      );
      expect(movedCount).toBeGreaterThan(0);
    }).toPass({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(page, 'the dashboard');
    await page.screenshot({ path: docsImagePath('ocmw-dashboard'), fullPage: true });

    const figure = (label: string) => rowFigure(funnel, label);
    // Other browser tests add and change clients of the same demo tenant while this one runs, so
    // the dashboard and the count are compared as a consistent pair: reload until they agree.
    let approved = 0;
    await expect(async () => {
      await page.reload();
      await expect(funnel.getByRole('img', { name: /Trechter.*Aangemeld: \d+/ })).toBeVisible();
      const expected = await countFunnelFromClientPages(page);
      await page.reload();
      await expect(funnel.getByRole('img', { name: /Trechter.*Aangemeld: \d+/ })).toBeVisible();
      expect(await figure('Aangemeld')).toBe(expected.referred);
      expect(await figure('Goedgekeurd')).toBe(expected.approved);
      expect(await figure('Laptop ontvangen')).toBe(expected.equipped);
      expect(await figure('Installatiebezoek gedaan')).toBe(expected.installationVisitDone);
      expect(await figure('Basisopleiding voltooid')).toBe(expected.trainingCompleted);
      expect(await figure('Doorverwezen naar regulier aanbod')).toBeLessThanOrEqual(expected.referralDecided);
      approved = expected.approved;
    }).toPass({ timeout: 100_000 });

    await funnel.getByRole('link', { name: /cliënten: Goedgekeurd$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cliënten: Goedgekeurd' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /\d+ cliënten/ })).toBeVisible();
    expect(approved).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'the clients behind a figure');
    await page.getByRole('row').nth(1).getByRole('link').click();
    await expect(page).toHaveURL(/\/ocmw\/clients\/cli_[a-z0-9]+$/);
  });

  test('the charts open as tables from the keyboard, and a wave narrows the figures', async ({ page }) => {
    await signInAsDemo(page, 'projectLead');
    await page.goto('/ocmw/dashboard');
    const stock = page.getByRole('figure').filter({ hasText: 'Laptops per toestand' });
    const toggle = stock.getByRole('button', { name: 'Toon de cijfers als tabel' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(stock.getByRole('table')).toBeVisible();
    await expect(stock.getByRole('button', { name: 'Verberg de tabel' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    const all = await funnelTotal(page);
    await page.getByLabel('Golf', { exact: true }).selectOption({ label: 'Golf 1' });
    await expect(page.getByRole('heading', { level: 2, name: /Golf 1/ })).toBeVisible();
    const inWave = await funnelTotal(page);
    expect(inWave).toBeLessThan(all);
    expect(inWave).toBeGreaterThan(0);
  });
});

test.describe('waves', () => {
  test('a wave planned beyond stock warns, and is planned only when the project lead goes ahead', async ({
    page,
  }) => {
    await signInAsDemo(page, 'projectLead');
    await page.getByRole('link', { name: 'Golven', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Golven en capaciteit' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Golf 1' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the waves page');

    const name = `Golf ${Date.now().toString(36)}`;
    await page.getByLabel('Naam van de golf').fill(name);
    await page.getByLabel('Afhalen vanaf').fill('2031-03-01');
    await page.getByLabel('Afhalen tot en met').fill('2031-03-31');
    await page.getByLabel('Laptops').fill('5000');
    await page.getByLabel('Uren hulp aan huis').fill('20');
    await page.getByLabel('Plaatsen in de opleiding').fill('0');
    await page.getByRole('button', { name: 'Golf plannen' }).click();

    const warning = page.getByRole('alert').filter({ hasText: 'Deze golf gaat verder dan wat er is' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/Laptops: 5000 nodig, \d+ beschikbaar \(\d+ te veel\)\./);
    await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the wave overflow warning');
    await page.screenshot({ path: docsImagePath('ocmw-waves'), fullPage: true });

    await page.getByRole('button', { name: 'Toch plannen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `De golf ${name} is gepland.` })).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    // Other tests add approved clients to the newest wave meanwhile, so only the capacity is fixed.
    await expect(row).toContainText(/\d+ van 5000/);
    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'groter dan de voorraad' })).toBeVisible();
    // The demo programme records 40 hours a month with the home-help partner.
    await expect(
      page.getByText(
        /Uren hulp aan huis: \d+ nodig van 20 gepland; \d+ vrij bij de partner in deze periode\./,
      ),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a wave');
  });
});

test.describe('administration', () => {
  test('the admin sees why settings are refused beside each field, invites a colleague and disables the account', async ({
    page,
  }) => {
    await signInAndOpen(page, 'ocmwAdmin', 'Beheer');
    await expect(page.getByLabel('Cheques per cliënt')).toHaveValue('2');
    await expect(page.getByLabel(/Uren hulp aan huis per maand afgesproken/)).toHaveValue('40');
    const correction = page.getByLabel(/aanwezigheden nog mag verbeteren/);
    await expect(correction).toHaveValue('7');
    await expectNoSeriousA11yViolations(page, 'the administration page');

    await page.getByLabel('Lessen nodig om te voltooien').fill('9');
    await page.getByLabel('Signaal bij geen activiteit na (dagen)').fill('0');
    await correction.fill('32');
    await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Er is een probleem' })).toBeFocused();
    await expect(page.getByLabel('Lessen nodig om te voltooien')).toHaveAccessibleDescription(
      /Mag niet meer zijn dan het aantal lessen\./,
    );
    await expect(page.getByLabel('Signaal bij geen activiteit na (dagen)')).toHaveAccessibleDescription(
      /Kies een geheel getal van 1 tot 730\./,
    );
    await expect(correction).toHaveAccessibleDescription(/Kies een geheel getal van 0 tot 31\./);
    await correction.fill('7');
    await page.getByLabel('Lessen nodig om te voltooien').fill('2');
    await page.getByLabel('Signaal bij geen activiteit na (dagen)').fill('60');
    await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De instellingen zijn bewaard.' })).toBeVisible();

    const email = `collega-${Date.now().toString(36)}@ocmw-gent.demo`;
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Nieuwe Collega');
    await page.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill(email);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const invited = page.getByRole('region', {
      name: `Het account van Nieuwe Collega (${email}) is aangemaakt.`,
    });
    await expect(invited.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(invited.getByTestId('sign-in-link')).toHaveText(/\/ocmw\/link#[A-Za-z0-9_-]{43}$/);
    await expect(invited.getByRole('img', { name: 'QR-code met de link voor Nieuwe Collega' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the invited colleague');

    const row = page.getByRole('row').filter({ hasText: email });
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Nieuwe Collega uitschakelen' }).click();
    await expect(row).toContainText('Uitgeschakeld');
  });
});

test.describe('reports and audit', () => {
  test('a report export opens as a valid XLSX with the rows shown on screen', async ({ page }) => {
    await signInAndOpen(page, 'projectLead', 'Rapporten');
    await page.getByLabel('Rapport', { exact: true }).selectOption('cheques');
    const table = page.getByRole('table', { name: 'Digicheques uitgereikt en gebruikt' });
    await expect(table).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the reports page');
    const shown = (await table.getByRole('row').allInnerTexts()).map((row) =>
      row.split('\t').map((cell) => cell.trim()),
    );

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Downloaden als Excel (XLSX)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('digipakket-cheques.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value))));
    expect(rows).toEqual(shown);
  });

  test('the project lead sees who read a client, filters on that client and exports the log', async ({
    page,
  }) => {
    await signInAsDemo(page, 'projectLead');
    const list = await (await page.request.get('/api/clients?limit=1')).json();
    const client = list.items[0];
    expect((await page.request.get(`/api/clients/${client.id}`)).status()).toBe(200);

    await page.getByRole('link', { name: 'Auditlog' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /\d+ regels?/ })).toBeVisible();
    await page.getByLabel('Handeling').selectOption('client.read');
    const row = page.getByRole('row').filter({ hasText: client.fileNumber }).first();
    await expect(row).toContainText('Pieter De Backer');
    await expect(row).toContainText('OCMW Gent');
    await expectNoSeriousA11yViolations(page, 'the audit log');
    await page.screenshot({ path: docsImagePath('ocmw-audit'), fullPage: true });

    await row.getByRole('button', { name: new RegExp(client.fileNumber) }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Alleen cliënt/ })).toBeVisible();
    const rows = page.getByRole('row');
    await expect(rows.nth(1)).toContainText(client.fileNumber);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Downloaden als CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('digipakket-audit.csv');
  });
});
