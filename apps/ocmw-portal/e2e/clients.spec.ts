import {
  describeSignInAndShell,
  docsImagePath,
  expectNoSeriousA11yViolations,
  fillClientForm,
  openFromMenu,
  signInAsDemo,
  uniqueSuffix,
} from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

describeSignInAndShell({
  who: 'socialWorker',
  otherPortalAccount: 'student',
  mainHeading: { nl: 'Opvolging', en: 'Follow-up' },
});

test.describe('clients', () => {
  test("a social worker adds a client, lands on the client's page and finds the client again by search", async ({
    page,
  }) => {
    const suffix = uniqueSuffix();
    const fileNumber = `E2E-${Date.now().toString(36).toUpperCase()}-${suffix.toUpperCase()}`;
    const lastName = `Vandenberghe${suffix}`;

    await signInAsDemo(page, 'socialWorker');
    await openFromMenu(page, 'Cliënten');
    await expect(page.getByRole('heading', { level: 1, name: 'Cliënten' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /cliënten? in totaal/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the client list');

    await page.getByRole('link', { name: 'Nieuwe cliënt' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe cliënt' })).toBeVisible();
    await expect(page).toHaveTitle('Nieuwe cliënt – OCMW-portaal');
    await expectNoSeriousA11yViolations(page, 'the new-client form');

    await page.getByLabel('Postcode').fill('900');
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Dossiernummer: Vul dit veld in.' })).toBeVisible();
    await expect(page.getByLabel('Voornaam')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Postcode')).toHaveAccessibleDescription(
      'Vul een postcode van 4 cijfers in.',
    );
    await expect(page.getByLabel('Voorkeurstaal')).toHaveAccessibleDescription(/Maak een keuze\.$/);
    await expectNoSeriousA11yViolations(page, 'the new-client form with errors');

    await summary.getByRole('link', { name: 'Dossiernummer: Vul dit veld in.' }).click();
    await expect(page.getByLabel('Dossiernummer')).toBeFocused();

    await fillClientForm(page, {
      fileNumber,
      firstName: 'Amina',
      lastName,
      birthDate: '1974-05-21',
      language: 'ar',
      phone: '0470 12 34 56',
      street: 'Sleepstraat 12',
      postcode: '9000',
    });
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();

    // Saving lands on the new client's own page, where the intake starts.
    await expect(page).toHaveURL(/\/ocmw\/clients\/cli_[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: `Amina ${lastName}` })).toBeVisible({
      timeout: 30_000,
    });
    const toast = page.getByRole('status').filter({ hasText: `Amina ${lastName} is toegevoegd als cliënt.` });
    await expect(toast).toBeVisible();
    await toast.getByRole('button', { name: 'Sluiten' }).click();
    await expect(toast).toHaveCount(0);

    await openFromMenu(page, 'Cliënten');
    await page.getByLabel('Zoeken op naam, dossiernummer of telefoon').fill(fileNumber);
    const row = page.getByRole('row').filter({ hasText: fileNumber });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('rowheader')).toHaveText(`Amina ${lastName}`);
    await expect(row).toContainText('Arabisch');
    await expect(
      page.getByRole('status').filter({ hasText: `1 cliënt gevonden voor „${fileNumber}”` }),
    ).toBeVisible();

    const search = page.getByLabel('Zoeken op naam, dossiernummer of telefoon');
    await search.fill('');
    await expect(page.getByRole('status').filter({ hasText: /in totaal/ })).toBeVisible();
    await expect
      .poll(() => page.getByRole('row').count(), { message: 'the whole list is back' })
      .toBeGreaterThan(2);
    await search.pressSequentially(lastName);
    await expect(page.getByRole('status').filter({ hasText: `gevonden voor „${lastName}”` })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: fileNumber })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the client list filtered by a search');

    await search.fill('');
    await expect(page.getByRole('status').filter({ hasText: /in totaal/ })).toBeVisible();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(2);
    await search.blur();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: docsImagePath('ocmw-clients'), fullPage: true });
  });

  test('a file number already in use is refused on that field', async ({ page }) => {
    const fileNumber = `E2E-DUP-${Date.now().toString(36).toUpperCase()}-${uniqueSuffix().toUpperCase()}`;
    await signInAsDemo(page, 'socialWorker');

    for (const attempt of ['first', 'second']) {
      await openFromMenu(page, 'Nieuwe cliënt');
      await page.getByLabel('Dossiernummer').fill(fileNumber);
      await page.getByLabel('Voornaam').fill('Youssef');
      await page.getByLabel('Achternaam').fill(`Dubbel${attempt}`);
      await page.getByLabel('Voorkeurstaal').selectOption('nl');
      await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
      if (attempt === 'first') {
        await expect(page.getByRole('heading', { level: 1, name: 'Youssef Dubbelfirst' })).toBeVisible();
        await page.getByRole('status').getByRole('button', { name: 'Sluiten' }).click();
      }
    }

    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe cliënt' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Er is een probleem' })).toBeFocused();
    await expect(page.getByLabel('Dossiernummer')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#field-fileNumber-error')).toHaveText(
      'Er bestaat al een cliënt met dit dossiernummer.',
    );
    await page.screenshot({ path: docsImagePath('ocmw-new-client-errors'), fullPage: true });
  });
});

test('a session that ended elsewhere sends the user back to the login page on the next request', async ({
  page,
}) => {
  await signInAsDemo(page, 'socialWorker');
  await openFromMenu(page, 'Cliënten');
  await expect(page.getByRole('status').filter({ hasText: /in totaal/ })).toBeVisible();

  await page.context().clearCookies();
  await page.getByLabel('Zoeken op naam, dossiernummer of telefoon').fill('Peeters');
  await page.getByRole('button', { name: 'Zoeken' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden bij het OCMW-portaal' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Je sessie is verlopen. Meld je opnieuw aan.' }),
  ).toBeVisible();
});
