import {
  DEMO_ACCOUNTS,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signIn,
} from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';

/** Calls the API with the browser's session, as the portal does (same origin). */
async function api(page: Page, method: string, path: string, data?: unknown) {
  const origin = new URL(page.url()).origin;
  const res = await page.request.fetch(`${origin}/api${path}`, {
    method,
    headers: { origin, 'content-type': 'application/json' },
    ...(data === undefined ? {} : { data: JSON.stringify(data) }),
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

/** A new approved client in Gent, so the nearest Digipunten are the demo directory's. */
async function approvedClient(page: Page) {
  const suffix = Date.now().toString(36).toUpperCase();
  const { client } = await api(page, 'POST', '/clients', {
    fileNumber: `E2E-G-${suffix}`,
    firstName: 'Lotte',
    lastName: `Guidance${suffix.toLowerCase().replace(/[0-9]/g, '')}`,
    preferredLanguage: 'nl',
    street: 'Rabotstraat 1',
    postcode: '9000',
    city: 'Gent',
  });
  const context = await api(page, 'GET', `/clients/${client.id}/intake`);
  await api(page, 'PUT', `/clients/${client.id}/intake`, {
    decision: 'approved',
    purposes: ['work'],
    answers: Object.fromEntries(
      [
        'switch_on_mouse_keyboard',
        'browse_website',
        'email_attachment',
        'government_login_eid',
        'video_call',
        'updates_safety',
      ].map((id) => [id, 'no']),
    ),
    waveId: context.waves.at(-1).id,
  });
  return client as { id: string };
}

test.describe('guidance on the client page', () => {
  test('records the Digipunten the client was told about and books the laptop pickup', async ({ page }) => {
    await signIn(page, { portal: 'ocmw', email: DEMO_ACCOUNTS.socialWorker });
    const client = await approvedClient(page);
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
});
