import { expectNoSeriousA11yViolations } from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';
import { type Deployment, startEmptyDeployment } from './deployment';
import { openPortal } from './roles';
import { SCREENS } from './screens';

/**
 * A teacher is invited on a new deployment but opens the link only after it expired (the server's
 * clock moved on a week and a day): the page says so plainly, and the coordinator's new link works.
 */
const port = Number(process.env.E2E_PORT ?? 3199) + 7;
let deployment: Deployment;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // The operator's set-up through the command line takes a while on a loaded machine.
  test.setTimeout(600_000);
  deployment = await startEmptyDeployment({ port });
});

test.afterAll(async () => {
  await deployment?.stop();
});

async function linkFor(coordinator: Page, name: string, action: () => Promise<void>) {
  await action();
  const shown = coordinator.getByRole('region', { name: new RegExp(name) });
  await expect(shown.getByRole('img', { name: new RegExp(`QR-code .*${name}`) })).toBeVisible();
  const link = (await shown.getByTestId('sign-in-link').textContent())!.trim();
  expect(link).toMatch(/\/ligo\/link#[A-Za-z0-9_-]{43}$/);
  return link;
}

test('an invitation opened after it expired is refused with a clear message, and a new link works', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  let coordinator = await openPortal(browser, deployment.baseURL, 'ligoCoordinator');
  await coordinator.getByRole('link', { name: 'Lesgevers' }).click();
  const expiring = await linkFor(coordinator, 'Nora Nieuw', async () => {
    await coordinator.getByLabel('Naam').fill('Nora Nieuw');
    await coordinator.getByLabel('E-mailadres').fill('nora.nieuw@ligo-gent.test');
    await coordinator.getByRole('button', { name: 'Uitnodigen' }).click();
  });
  await coordinator.context().close();

  // Eight days later: an invitation works for seven.
  await deployment.restart({ clockShiftDays: 8 });
  const tablet = await browser.newContext({ ...SCREENS.tablet, baseURL: deployment.baseURL });
  const teacher = await tablet.newPage();
  await teacher.goto(expiring);
  await expect(teacher.getByRole('alert')).toHaveText('Deze link is verlopen. Vraag een nieuwe link aan.');
  await expect(teacher.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(teacher, 'an expired invitation link');

  coordinator = await openPortal(browser, deployment.baseURL, 'ligoCoordinator');
  await coordinator.getByRole('link', { name: 'Lesgevers' }).click();
  const renewed = await linkFor(coordinator, 'Nora Nieuw', () =>
    coordinator.getByRole('button', { name: 'Nieuwe link Nora Nieuw' }).click(),
  );
  await teacher.goto(renewed);
  await expect(teacher.getByRole('heading', { level: 1, name: 'Welkom, Nora Nieuw' })).toBeVisible();
  await teacher.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Nora geeft les in de bib');
  await teacher.getByLabel('Herhaal het nieuwe wachtwoord').fill('Nora geeft les in de bib');
  await teacher.getByLabel('Herhaal het nieuwe wachtwoord').press('Enter');
  await expect(teacher.getByRole('status').filter({ hasText: 'Je wachtwoord is opgeslagen.' })).toBeVisible();
  await teacher.getByRole('link', { name: 'Naar aanmelden' }).click();
  await teacher.getByLabel('E-mailadres').fill('nora.nieuw@ligo-gent.test');
  await teacher.getByLabel('Wachtwoord', { exact: true }).fill('Nora geeft les in de bib');
  await teacher.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Mijn lessen' })).toBeVisible();
  await tablet.close();
  await coordinator.context().close();
});
