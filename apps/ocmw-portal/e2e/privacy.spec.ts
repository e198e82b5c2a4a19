import { readFile } from 'node:fs/promises';
import { docsImagePath, expectNoSeriousA11yViolations, signInAsDemo } from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

test.describe('GDPR on the client page', () => {
  test('the project lead downloads everything held on a client as JSON, and may erase it', async ({
    page,
  }) => {
    await signInAsDemo(page, 'projectLead');
    const origin = new URL(page.url()).origin;
    const list = await page.request.get(`${origin}/api/clients?limit=1`);
    const clientId = (await list.json()).items[0].id as string;

    await page.goto(`/ocmw/clients/${clientId}`);
    const card = page.getByRole('region', { name: 'Privacy (AVG)' });
    const button = card.getByRole('link', { name: 'Gegevens exporteren (AVG)' });
    await expect(button).toBeVisible();
    await expect(card.getByRole('button', { name: 'Gegevens van deze cliënt wissen' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'client page with the GDPR card');
    await card.screenshot({ path: docsImagePath('ocmw-privacy-export') });

    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^avg-export-${clientId}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.format).toBe('digipakket.access-export.v1');
    expect(exported.clientId).toBe(clientId);
    expect(exported.organisations[0].organisation.kind).toBe('welfare');
    expect(exported.organisations[0].data.identity.id).toBe(clientId);
  });

  test('the social worker does not see the GDPR card', async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const origin = new URL(page.url()).origin;
    const list = await page.request.get(`${origin}/api/clients?limit=1`);
    const clientId = (await list.json()).items[0].id as string;
    await page.goto(`/ocmw/clients/${clientId}`);
    await expect(page.getByRole('region', { name: 'Afdrukken' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Gegevens exporteren (AVG)' })).toHaveCount(0);
  });

  test('the admin sets the retention period within its limits', async ({ page }) => {
    await signInAsDemo(page, 'ocmwAdmin');
    await page.goto('/ocmw/admin');
    const section = page.getByRole('region', { name: 'Bewaartermijn' });
    const field = section.getByLabel('Bewaartermijn in maanden');
    await expect(field).toHaveValue(/^\d+$/);
    await field.fill('6');
    await section.getByRole('button', { name: 'Bewaartermijn bewaren' }).click();
    await expect(section.getByText('Kies een heel aantal maanden tussen 12 en 120.')).toBeVisible();
    await field.fill('60');
    await section.getByRole('button', { name: 'Bewaartermijn bewaren' }).click();
    await expect(page.getByText('De bewaartermijn is bewaard.')).toBeAttached();
    await expectNoSeriousA11yViolations(page, 'admin page with the retention period');
  });
});
