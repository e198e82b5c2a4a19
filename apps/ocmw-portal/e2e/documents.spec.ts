import {
  callApi,
  demoApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signInAndOpen,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

function monthOf(daysAgo: number): string {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

test.describe('documents and statements for the welfare centre', () => {
  test('the client page links to the welcome pack PDF in the chosen language', async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const suffix = Date.now().toString(36).toUpperCase();
    const { client } = await callApi(page, 'POST', '/clients', {
      fileNumber: `E2E-PACK-${suffix}`,
      firstName: 'Rania',
      lastName: `Pakket${suffix.replace(/\d/g, '')}`,
      preferredLanguage: 'ar',
      street: 'Pakketstraat 1',
      postcode: '9000',
    });
    await page.goto(`/ocmw/clients/${client.id}`);
    const print = page.getByRole('region', { name: 'Afdrukken' });
    await expect(print.getByLabel('Taal van het welkomstpakket')).toHaveValue('ar');
    const link = print.getByRole('link', { name: 'Welkomstpakket afdrukken (العربية)' });
    await expect(link).toHaveAttribute('href', /welcome-pack\.pdf\?language=ar$/);

    await print.getByLabel('Taal van het welkomstpakket').selectOption({ label: 'Polski' });
    const polish = print.getByRole('link', { name: 'Welkomstpakket afdrukken (Polski)' });
    const href = await polish.getAttribute('href');
    expect(href).toMatch(/welcome-pack\.pdf\?language=pl$/);
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    await expectNoSeriousA11yViolations(page, 'the client page with the print section');
  });

  test("the client page shows the learner's attendance, completion and referral", async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const { items } = await callApi(page, 'GET', '/clients?limit=100');
    const learner = (items as { id: string; status: string }[]).find((item) => item.status === 'completed');
    expect(learner, 'a demo client who finished the course').toBeDefined();
    await page.goto(`/ocmw/clients/${learner!.id}`);
    const training = page.getByRole('region', { name: 'Basisopleiding' });
    await expect(training.getByText(/^\d+ van \d+ lessen — cursus voltooid$/)).toBeVisible();
    await expect(training.getByText(/^(Doorverwezen naar .+|Niet doorverwezen: .+)$/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the client page with training progress');
  });

  test("the project lead sees the reviewed languages and prints a wave's packs as one ZIP", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAndOpen(page, 'projectLead', 'Documenten');
    const languages = page.getByRole('table', { name: /moedertaalspreker/ });
    await expect(languages.getByRole('row')).toHaveCount(13);
    await expect(
      languages.getByRole('columnheader', { name: 'Nagelezen door moedertaalspreker' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the documents page');

    await page.getByLabel('Golf', { exact: true }).selectOption({ label: 'Golf 2' });
    await page.getByLabel('Golf', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Pakketten afdrukken' })).toBeFocused();
    await page.keyboard.press('Enter');
    const progress = page.locator('progress#batch-progress');
    await expect(progress).toBeVisible();
    const download = page.getByRole('link', { name: 'ZIP-bestand downloaden' });
    await expect(download).toBeVisible({ timeout: 100_000 });
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'));
    await expect(page.getByText(/pakketten staan in het ZIP-bestand/)).toBeVisible();
    await page.screenshot({ path: docsImagePath('ocmw-documents'), fullPage: true });

    const zip = await page.request.get((await download.getAttribute('href'))!);
    expect(zip.status()).toBe(200);
    expect((await zip.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('the project lead reconciles the home-help statement line by line', async ({ page, baseURL }) => {
    const coordinator = await demoApi(baseURL!, 'beegoCoordinator');
    const me = await (await coordinator.get('/api/auth/me')).json();
    const tenantId = me.tenants[0].id as string;
    // The current month when the demo already has redeemed cheques in it, else the demo's older visits.
    let month: string | undefined;
    for (const candidate of [monthOf(0), monthOf(31), monthOf(48)]) {
      const made = await coordinator.post('/api/statements', { data: { tenantId, month: candidate } });
      const code = made.ok() ? undefined : (await made.json()).error.code;
      if (made.ok() || code === 'statement.already_exists') {
        month = candidate;
        break;
      }
      expect(code).toBe('statement.empty');
    }
    expect(month, 'a month with redeemed cheques').toBeDefined();
    // The welfare centre sees a statement only once the partner has sent it.
    const { items } = await (
      await coordinator.get(`/api/statements?tenantId=${tenantId}&month=${month}`)
    ).json();
    if (items[0].status === 'draft') {
      expect((await coordinator.post(`/api/statements/${items[0].id}/send`)).status()).toBe(200);
    }
    await coordinator.dispose();

    await signInAndOpen(page, 'projectLead', 'Afrekeningen', 'Maandafrekeningen');
    const monthName = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric' }).format(
      new Date(`${month}-15T12:00:00Z`),
    );
    await page.getByRole('button', { name: `Lijnen van ${monthName} bekijken` }).click();
    const lines = page.getByRole('region', { name: new RegExp(`Afrekening ${monthName}`) });
    const open = lines.getByRole('row').filter({ hasText: 'Nog te controleren' });
    await expect(open.nth(1)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the statements page');

    const first = open.first();
    const firstCode = (await first.locator('.code').textContent())!.trim();
    await first.getByRole('button', { name: `Klopt ${firstCode}` }).click();
    await expect(page.getByText(`Cheque ${firstCode} klopt.`)).toBeVisible();
    await expect(lines.getByRole('row').filter({ hasText: firstCode })).toContainText('Klopt');

    const second = lines.getByRole('row').filter({ hasText: 'Nog te controleren' }).first();
    const secondCode = (await second.locator('.code').textContent())!.trim();
    await second.getByRole('button', { name: `Betwisten ${secondCode}` }).click();
    await page
      .getByLabel(`Reden om ${secondCode} te betwisten`)
      .fill('Geen bezoek in het dossier op die dag');
    await page.getByRole('button', { name: 'Betwisting bewaren' }).click();
    await expect(page.getByText(`Cheque ${secondCode} is betwist.`)).toBeVisible();
    await expect(lines.getByRole('row').filter({ hasText: secondCode })).toContainText(
      'Betwist: Geen bezoek in het dossier op die dag',
    );
    await expectNoSeriousA11yViolations(page, 'the statements page after reconciling');
    await page.screenshot({ path: docsImagePath('ocmw-statements'), fullPage: true });

    const pdfLink = lines.getByRole('link', { name: `Download PDF ${monthName}` });
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    await lines.getByRole('button', { name: 'Controle afsluiten' }).click();
    await expect(lines.getByText('Duid eerst bij elke lijn aan of ze klopt of betwist is.')).toBeVisible();
    const remaining = lines.getByRole('row').filter({ hasText: 'Nog te controleren' });
    while ((await remaining.count()) > 0) {
      const code = (await remaining.first().locator('.code').textContent())!.trim();
      await remaining
        .first()
        .getByRole('button', { name: `Klopt ${code}` })
        .click();
      await expect(lines.getByRole('row').filter({ hasText: code })).not.toContainText('Nog te controleren');
    }
    await lines.getByRole('button', { name: 'Controle afsluiten' }).click();
    await expect(page.getByText(`De controle van ${monthName} is afgesloten: Betwist.`)).toBeVisible();
    await expect(lines.getByRole('button', { name: 'Controle afsluiten' })).toHaveCount(0);
    await expect(lines.getByRole('button', { name: `Klopt ${secondCode}` })).toBeDisabled();
  });
});
