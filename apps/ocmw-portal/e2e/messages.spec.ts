import { callApi, expectNoSeriousA11yViolations, signInAsDemo } from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

test.describe('messages to clients in the welfare portal', () => {
  test('the admin sets the reminder days and the second-cheque nudge on the Beheer page, checked by the API', async ({
    page,
  }) => {
    await signInAsDemo(page, 'ocmwAdmin');
    await page.goto('/ocmw/admin');
    const messages = page.getByRole('group', { name: 'Berichten aan cliënten' });
    const days = messages.getByLabel('Herinneringen, dagen vóór een afspraak');
    const weeks = messages.getByLabel('Duwtje voor de tweede cheque, weken na het installatiebezoek');
    await expect(days).toHaveValue('5, 1');
    await expect(weeks).toHaveValue('4');

    await weeks.fill('27');
    await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await expect(page.getByText('Kies een geheel getal van 0 tot 26.').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the Beheer page with a refused nudge setting');

    await days.fill('4, 1');
    await weeks.fill('6');
    await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await expect(page.getByText('De instellingen zijn bewaard.')).toBeVisible();
    await page.reload();
    await expect(days).toHaveValue('4, 1');
    await expect(weeks).toHaveValue('6');

    await days.fill('5, 1');
    await weeks.fill('4');
    await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await expect(page.getByText('De instellingen zijn bewaard.')).toBeVisible();
  });

  test('the social worker prints the waiting letters as one PDF and finds the batch again', async ({
    page,
    browser,
  }) => {
    // A home-help visit planned two days ahead for a client without SMS or e-mail: its reminder goes by letter.
    const beego = await browser.newPage();
    await signInAsDemo(beego, 'beegoCoordinator');
    const queue = await callApi(beego, 'GET', '/visits/queue');
    const cheque = (queue.items as { chequeId: string; purpose: string }[]).find(
      (item) => item.purpose === 'installation',
    );
    expect(cheque, 'a demo installation cheque waiting for a visit').toBeDefined();
    const { items: students } = await callApi(beego, 'GET', '/visits/students');
    const at = new Date(Date.now() + 2 * 86_400_000);
    at.setUTCHours(9, 0, 0, 0);
    await callApi(beego, 'POST', `/visits/${cheque!.chequeId}/assign`, {
      studentId: students[0].id,
      appointmentAt: at.toISOString(),
      confirmClash: true,
    });
    await beego.close();

    await signInAsDemo(page, 'socialWorker');
    await page.goto('/ocmw/documents');
    const letters = page.getByRole('region', { name: 'Brieven' });
    await expect(letters.getByText(/^Er (wacht 1 brief|wachten \d+ brieven)\.$/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the documents page with letters waiting');

    await letters.getByRole('button', { name: 'Wachtende brieven afdrukken' }).click();
    const download = letters.getByRole('link', { name: 'Pdf met de brieven downloaden' });
    await expect(download).toBeVisible();
    await expect(letters.getByText('Er wachten geen brieven.')).toBeVisible();
    await expect(letters.getByRole('button', { name: 'Wachtende brieven afdrukken' })).toBeDisabled();

    const pdf = await page.request.get((await download.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const earlier = letters.getByRole('table', { name: 'Eerder afgedrukte brieven' });
    await expect(
      earlier.getByRole('link', { name: /^Pdf met \d+ brieven downloaden$/ }).first(),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the documents page after printing the letters');
  });

  test('the project lead reads missed appointments with and without reminders per wave on the dashboard', async ({
    page,
  }) => {
    await signInAsDemo(page, 'projectLead');
    await page.goto('/ocmw/dashboard');
    await expect(
      page.getByRole('heading', { name: 'Gemiste afspraken met en zonder herinnering' }),
    ).toBeVisible();
    const table = page.getByRole('table', { name: 'Gemiste afspraken met en zonder herinnering' });
    await expect(table.getByRole('columnheader', { name: 'Met herinnering: gemist' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Zonder herinnering: gemist' })).toBeVisible();
    await expect(table.getByText(/^Te weinig om te vergelijken/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the dashboard with the reminders table');
  });
});
