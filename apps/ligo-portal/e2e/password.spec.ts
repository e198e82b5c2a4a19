import { DEMO_ACCOUNTS, DEMO_PASSWORD, expectNoSeriousA11yViolations } from '@digipakket/portal-kit/e2e';
import { expect, request, test } from '@playwright/test';

test('an invited teacher chooses a password at first login and changes it later from the header', async ({
  page,
  baseURL,
}) => {
  // Two accounts, two changes of password and two axe checks: more than a minute on a shared machine.
  test.slow();
  const origin = new URL(baseURL!).origin;
  const coordinator = await request.newContext({ baseURL, extraHTTPHeaders: { origin } });
  const login = await coordinator.post('/api/auth/login', {
    data: { email: DEMO_ACCOUNTS.ligoCoordinator, password: DEMO_PASSWORD, portal: 'ligo' },
  });
  expect(login.status()).toBe(200);
  const email = `wachtwoord.${Date.now().toString(36)}@ligo.test`;
  const invited = await coordinator.post('/api/training/teachers', {
    data: { email, displayName: 'Wout Wachtwoord' },
  });
  expect(invited.status()).toBe(201);
  const { oneTimePassword } = (await invited.json()) as { oneTimePassword: string };
  await coordinator.dispose();

  await page.goto('/ligo/');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(oneTimePassword);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' })).toBeVisible();
  await expect(page.getByLabel('Wachtwoord dat je kreeg')).toHaveAttribute(
    'autocomplete',
    'current-password',
  );
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveAttribute(
    'autocomplete',
    'new-password',
  );

  // The keyboard alone: the three fields in order, then the button.
  await page.getByLabel('Wachtwoord dat je kreeg').focus();
  await page.keyboard.type(oneTimePassword);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toBeFocused();
  await page.keyboard.type('Wout geeft les in de Krook');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Wout geeft les in de Krook');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn lessen' })).toBeVisible();

  await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' })).toBeVisible();
  await expect(page).toHaveTitle('Wachtwoord wijzigen – Ligo-portaal');
  await expectNoSeriousA11yViolations(page, 'changing the password');
  await page.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Een nieuwe zin voor Wout');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Een andere zin');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('De twee nieuwe wachtwoorden zijn niet gelijk.');
  await expect(page.getByLabel('Herhaal het nieuwe wachtwoord')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Een nieuwe zin voor Wout');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Het huidige wachtwoord klopt niet.');
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page, 'changing the password, refused');

  await page.getByLabel('Huidig wachtwoord').fill('Wout geeft les in de Krook');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn lessen' })).toBeVisible();

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('Een nieuwe zin voor Wout');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn lessen' })).toBeVisible();
});
