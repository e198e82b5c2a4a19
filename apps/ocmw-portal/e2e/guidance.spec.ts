import {
  callApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';
import { approvedClient } from './clients.fixtures';

/** A new approved client in Gent, so the nearest Digipunten are the demo directory's. */
function guidanceClient(page: Page) {
  return approvedClient(page, {
    fileNumberPrefix: 'E2E-G',
    firstName: 'Lotte',
    lastName: 'Guidance',
    purposes: ['work'],
    street: 'Rabotstraat 1',
  });
}

test.describe('guidance on the client page', () => {
  test('records the Digipunten the client was told about and books the laptop pickup', async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const client = await guidanceClient(page);
    await page.goto(`/ocmw/clients/${client.id}`);
    const guidance = page.getByRole('region', { name: 'Begeleiding en info' });
    await expect(guidance).toBeVisible();

    await guidance.getByRole('button', { name: 'Digipunten kiezen en als verteld registreren' }).click();
    const points = guidance
      .getByRole('group', { name: 'Digipunten dichtbij de cliënt' })
      .getByRole('checkbox');
    await expect(points.first()).toBeVisible();
    await guidance.getByRole('button', { name: 'Registreren als verteld' }).click();
    await expect(guidance.getByRole('alert')).toContainText('Vink minstens één Digipunt aan.');
    await points.nth(0).check();
    await points.nth(1).check();
    await expectNoSeriousA11yViolations(page, 'the Digipunten checklist on the client page');
    await guidance.getByRole('button', { name: 'Registreren als verteld' }).click();

    await expect(guidance.getByTestId('digipunten-told')).toContainText('Verteld over:');
    await expect(page.locator('.timeline__entry', { hasText: 'Info over Digipunten gegeven' })).toContainText(
      'Sara Vermeulen',
    );
    await expectNoSeriousA11yViolations(page, 'the client page after recording Digipunten');

    const device = page.getByRole('region', { name: 'Laptop' });
    await device.getByRole('button', { name: 'Laptop reserveren' }).click();
    await expect(device.getByTestId('pickup-at')).toHaveText('Nog geen ophaalafspraak.');
    await device.getByLabel('Datum en uur om de laptop op te halen').fill('2030-05-14T10:30');
    await device.getByRole('button', { name: 'Ophaalafspraak maken' }).click();
    await expect(device.getByTestId('pickup-at')).toContainText('Ophaalafspraak:');
    await expect(device.getByRole('button', { name: 'Ophaalafspraak verzetten' })).toBeVisible();
    await expect(
      page.locator('.timeline__entry', { hasText: 'Ophaalafspraak voor de laptop gemaakt' }),
    ).toContainText('Sara Vermeulen');
    await expectNoSeriousA11yViolations(page, 'the client page with a pickup appointment');
    await page.locator('.tracks').screenshot({ path: docsImagePath('ocmw-guidance') });
  });

  test("says which places the Digipunten are in when the client's address is not known", async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const { client } = await callApi(page, 'POST', '/clients', {
      fileNumber: `E2E-G-NOADDR-${Date.now().toString(36).toUpperCase()}`,
      firstName: 'Zonder',
      lastName: 'Adres',
      preferredLanguage: 'nl',
    });
    await page.goto(`/ocmw/clients/${client.id}`);
    const guidance = page.getByRole('region', { name: 'Begeleiding en info' });
    await guidance.getByRole('button', { name: 'Digipunten kiezen en als verteld registreren' }).click();
    const { area } = await callApi(page, 'GET', `/digipunten?near=${client.id}&limit=5`);
    expect(area).toBeTruthy();
    const points = guidance.getByRole('group', { name: `Digipunten in ${area}`, exact: true });
    await expect(points.getByRole('checkbox').first()).toBeVisible();
    await expect(points).toContainText('niet op afstand gerangschikt');
    await expect(guidance.getByRole('group', { name: 'Digipunten dichtbij de cliënt' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the Digipunten of a client without an address');
  });
});
