import { demoApi, expectNoSeriousA11yViolations } from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';

/** Chooses a password on the page a sign-in link opened, by keyboard alone. */
async function choosePassword(page: Page, password: string) {
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).focus();
  await page.keyboard.type(password);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Herhaal het nieuwe wachtwoord')).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Je wachtwoord is opgeslagen.' })).toBeVisible();
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn lessen' })).toBeVisible();
}

test('an invited teacher sets a password by link, resets a forgotten one by a new link, and changes it from the header', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two accounts, three passwords and four axe checks: more than a minute on a shared machine.
  test.slow();
  const coordinator = await demoApi(baseURL!, 'ligoCoordinator');
  const email = `wachtwoord.${Date.now().toString(36)}@ligo.test`;
  const invited = await coordinator.post('/api/training/teachers', {
    data: { email, displayName: 'Wout Wachtwoord' },
  });
  expect(invited.status()).toBe(201);
  const { teacher, link } = (await invited.json()) as { teacher: { id: string }; link: { url: string } };

  await page.goto(link.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Wout Wachtwoord' })).toBeVisible();
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveAttribute(
    'autocomplete',
    'new-password',
  );
  await choosePassword(page, 'Wout geeft les in de Krook');
  await page.getByRole('link', { name: 'Naar aanmelden' }).click();
  await signIn(page, email, 'Wout geeft les in de Krook');
  await page.getByRole('button', { name: 'Afmelden' }).click();

  // Forgotten: the request answers the same for any address; without e-mail the coordinator hands
  // a new link over, which ends the teacher's sessions once used.
  const tablet = await browser.newContext({ baseURL });
  const elsewhere = await tablet.newPage();
  await elsewhere.goto('/ligo/');
  await signIn(elsewhere, email, 'Wout geeft les in de Krook');
  await page.getByRole('button', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Link aanvragen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Als er een account is met dit e-mailadres' }),
  ).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'a forgotten password');
  const renewed = await coordinator.post(`/api/training/teachers/${teacher.id}/link`);
  expect(renewed.status()).toBe(201);
  const reset = ((await renewed.json()) as { url: string }).url;
  await coordinator.dispose();

  await page.goto(reset);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Wout Wachtwoord' })).toBeVisible();
  await choosePassword(page, 'Wout leert bij in de bib');
  await elsewhere.reload();
  await expect(elsewhere.getByLabel('Wachtwoord', { exact: true })).toBeVisible();
  await tablet.close();
  await page.goto('/ligo/');
  await page.goto(reset);
  await expect(page.getByRole('alert')).toHaveText(
    'Deze link is al gebruikt. Meld je aan met je wachtwoord, of vraag een nieuwe link aan.',
  );
  await page.goto('/ligo/');
  await signIn(page, email, 'Wout leert bij in de bib');

  await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' })).toBeVisible();
  await expect(page).toHaveTitle('Wachtwoord wijzigen – Ligo-portaal');
  await expect(page.getByRole('heading', { level: 2, name: 'Waar je aangemeld bent' })).toBeVisible();
  await expect(page.getByText('Dit toestel')).toBeVisible();
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

  await page.getByLabel('Huidig wachtwoord').fill('Wout leert bij in de bib');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn lessen' })).toBeVisible();

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await signIn(page, email, 'Een nieuwe zin voor Wout');
});
