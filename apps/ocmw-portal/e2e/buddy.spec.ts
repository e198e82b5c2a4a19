import {
  callApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';
import { approvedClient } from './clients.fixtures';

/** A new approved client whose package was changed to include a Digibuddy. */
function clientWithBuddyInPackage(page: Page) {
  return approvedClient(page, {
    fileNumberPrefix: 'E2E-B',
    firstName: 'Rita',
    lastName: 'Buddy',
    purposes: ['social_contact'],
    intake: {
      package: { cheques: 2, basicCourse: true, digibuddy: true, infoSession: true },
      packageChangeReason: 'Woont alleen en durft de computer niet alleen aan: een buddy helpt thuis.',
    },
  });
}

test.describe('Digibuddy on the client page', () => {
  test('pairs the client with a buddy, logs a meeting and ends the pairing', async ({ page }) => {
    await signInAsDemo(page, 'socialWorker');
    const client = await clientWithBuddyInPackage(page);
    await page.goto(`/ocmw/clients/${client.id}`);
    const buddy = page.getByRole('region', { name: 'Digibuddy' });
    await expect(buddy.getByTestId('buddy-status')).toHaveText('Geen actieve Digibuddy.');

    await buddy.getByLabel('Naam van de buddy').fill('Mieke Janssens');
    await buddy.getByRole('button', { name: 'Koppelen' }).click();
    await expect(buddy.getByRole('alert')).toHaveText(
      'Vul de naam van de buddy in, en een telefoonnummer of e-mailadres.',
    );
    await buddy.getByLabel('Telefoon van de buddy').fill('0470 12 34 56');
    await buddy.getByLabel('Hoe vaak ze afspreken').selectOption('fortnightly');
    await expectNoSeriousA11yViolations(page, 'the Digibuddy pairing form');
    await buddy.getByRole('button', { name: 'Koppelen' }).click();

    await expect(buddy.getByTestId('buddy-status')).toHaveText('De cliënt heeft een Digibuddy.');
    await expect(buddy).toContainText('Mieke Janssens');
    await expect(buddy).toContainText('Om de twee weken');
    await expect(page.locator('.timeline__entry', { hasText: 'Digibuddy gestart' })).toContainText(
      'Sara Vermeulen',
    );

    await buddy.getByRole('button', { name: 'Afspraak registreren' }).click();
    await expect(buddy.getByRole('alert')).toHaveText('Schrijf een korte notitie bij de afspraak.');
    await buddy.getByLabel('Korte notitie').fill('Samen een videogesprek met de kleinkinderen opgezet');
    await buddy.getByRole('button', { name: 'Afspraak registreren' }).click();
    const meetings = buddy.getByRole('list', { name: 'Afspraken met Mieke Janssens' });
    await expect(meetings).toContainText('Samen een videogesprek met de kleinkinderen opgezet');
    await expect(page.locator('.timeline__entry', { hasText: 'Afspraak met de Digibuddy' })).toContainText(
      'Samen een videogesprek',
    );
    await expectNoSeriousA11yViolations(page, 'the client page with an active Digibuddy');
    await buddy.screenshot({ path: docsImagePath('ocmw-buddy') });

    await buddy.getByRole('button', { name: 'Koppeling beëindigen' }).click();
    await buddy.getByRole('button', { name: 'Beëindigen', exact: true }).click();
    await expect(buddy.getByTestId('buddy-status')).toHaveText('Geen actieve Digibuddy.');
    await expect(buddy.getByRole('heading', { name: 'Vroegere koppelingen' })).toBeVisible();
    await expect(buddy).toContainText('Beëindigd op');
    await expect(page.locator('.timeline__entry', { hasText: 'Digibuddy beëindigd' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the client page after the Digibuddy pairing ended');
  });

  test('shows no Digibuddy card when the programme offers none and the client never had one', async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker');
    const suffix = Date.now().toString(36).toUpperCase();
    const { client } = await callApi(page, 'POST', '/clients', {
      fileNumber: `E2E-NB-${suffix}`,
      firstName: 'Omar',
      lastName: 'Zonderbuddy',
      preferredLanguage: 'nl',
    });
    const pairingsRead = page.waitForResponse(
      (response) =>
        response.url().includes(`/api/clients/${client.id}/guidance/buddy-pairings`) && response.ok(),
    );
    await page.goto(`/ocmw/clients/${client.id}`);
    const { offered, pairings } = await (await pairingsRead).json();
    expect({ offered, pairings }).toEqual({ offered: false, pairings: [] });
    await expect(page.getByRole('heading', { level: 1, name: /Zonderbuddy/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Digibuddy' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Koppelen' })).toHaveCount(0);
  });
});
