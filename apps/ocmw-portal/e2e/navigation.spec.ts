import { docsImagePath, expectNoSeriousA11yViolations, signInAsDemo } from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');

/** The menu of the pages of the client journey, as a social worker has it. */
const CLIENT_JOURNEY_PAGES = [
  'Cliënten',
  'Nieuwe cliënt',
  'Opvolging',
  'Infomomenten',
  'Laptops',
  'Importeren',
  'Documenten',
];

test.describe('the menu and the start page follow the role', () => {
  test('a social worker starts on their follow-up list and sees only the pages of the client journey', async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker', 'Opvolging');
    await expect(page).toHaveURL(/\/ocmw\/follow-up$/);
    await expect(menu(page)).toHaveText(CLIENT_JOURNEY_PAGES);

    await page.goto('/ocmw/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'Niet voor jouw rol' })).toBeVisible();
    await expect(page).toHaveTitle('Niet voor jouw rol – OCMW-portaal');
    await expectNoSeriousA11yViolations(page, 'the page a role may not use');
    await page.screenshot({ path: docsImagePath('ocmw-not-for-your-role') });
    await page.getByRole('link', { name: 'Naar je startpagina' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeVisible();

    for (const path of ['/ocmw/audit', '/ocmw/waves', '/ocmw/reports', '/ocmw/statements', '/ocmw/admin']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Niet voor jouw rol' }), path).toBeVisible();
    }
  });

  test('the project lead starts on the dashboard and has the management pages in the menu', async ({
    page,
  }) => {
    await signInAsDemo(page, 'projectLead', 'Dashboard');
    await expect(menu(page)).toHaveText([
      ...CLIENT_JOURNEY_PAGES,
      'Dashboard',
      'Golven',
      'Rapporten',
      'Auditlog',
      'Afrekeningen',
      'Beheer',
    ]);
  });

  test('the admin starts on the administration, has the reports and no page that shows a client', async ({
    page,
  }) => {
    await signInAsDemo(page, 'ocmwAdmin', 'Beheer');
    await expect(menu(page)).toHaveText(['Rapporten', 'Beheer']);
    for (const path of ['/ocmw/clients', '/ocmw/audit', '/ocmw/dashboard']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Niet voor jouw rol' })).toBeVisible();
    }
  });
});
