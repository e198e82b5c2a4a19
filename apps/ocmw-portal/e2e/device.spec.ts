import { expectNoSeriousA11yViolations, signInAsDemo } from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';
import { clientWithLaptop } from './clients.fixtures';

test.describe('one laptop', () => {
  test('a handed-out laptop is reported defective with a note, then restocked, and its page offers only the moves its state allows', async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker');
    const { deviceId } = await clientWithLaptop(page, {
      fileNumberPrefix: 'E2E-DEV',
      firstName: 'Dirk',
      lastName: 'Defect',
      purposes: ['work'],
    });

    await page.goto(`/ocmw/devices/${deviceId}`);
    await expect(page.locator('.lead')).toContainText('Meegegeven');
    await expect(page.locator('.lead').getByRole('link', { name: 'Dirk Defect' })).toBeVisible();
    const actions = page.getByRole('region', { name: 'Wat is er gebeurd?' });
    const defective = actions.getByRole('button', { name: 'Defect (opmerking verplicht)' });
    await expect(actions.getByRole('button', { name: 'Teruggebracht' })).toBeEnabled();
    await expect(actions.getByRole('button', { name: 'Verloren of gestolen' })).toBeEnabled();
    await expect(defective).toBeDisabled();
    await expect(actions.getByRole('button', { name: 'Hersteld, terug in voorraad' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, "a handed-out laptop's page");

    await actions.getByLabel('Opmerking').fill('Het scherm is gebarsten.');
    await expect(defective).toBeEnabled();
    await defective.click();
    await expect(page.locator('.lead')).toHaveText('Defect');
    await expect(actions.getByRole('button', { name: 'Teruggebracht' })).toHaveCount(0);
    await expect(actions.getByLabel('Opmerking')).toHaveValue('');

    await actions.getByRole('button', { name: 'Hersteld, terug in voorraad' }).click();
    await expect(page.locator('.lead')).toHaveText('In voorraad');
    await expect(actions).toHaveCount(0);
  });
});
