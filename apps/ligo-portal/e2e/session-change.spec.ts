import {
  brusselsDate,
  demoApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  groupWithSessions,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

test('a session the coordinator moves or cancels shows on the welfare centre’s client page, which then withdraws the client with a reason', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two portals and three accounts in one story: more than the default minute on a shared machine.
  test.slow();
  const groupName = `Basis — verplaatst ${Date.now().toString(36)}`;
  const coordinator = await demoApi(baseURL!, 'ligoCoordinator');
  const { group } = await groupWithSessions(coordinator, groupName);
  await coordinator.dispose();

  const welfare = await demoApi(baseURL!, 'socialWorker');
  const [client] = (
    (await (await welfare.get('/api/clients?limit=1')).json()) as {
      items: { id: string; firstName: string; lastName: string }[];
    }
  ).items;
  const enrolled = await welfare.post('/api/training/enrolments', {
    data: { clientId: client!.id, groupId: group.id },
    headers: { 'Idempotency-Key': `${group.id}-${client!.id}` },
  });
  expect(enrolled.status()).toBe(201);
  await welfare.dispose();

  await signInAsDemo(page, 'ligoCoordinator');
  await page.goto(`/ligo/groups/${group.id}`);
  await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  const sessionRows = page.getByRole('list', { name: 'Lessen' }).getByRole('listitem');
  await expect(sessionRows).toHaveCount(3);
  const moveTo = brusselsDate(4);
  await sessionRows.nth(0).getByRole('button', { name: 'Verplaatsen' }).click();
  await sessionRows.nth(0).getByLabel('Datum').fill(moveTo);
  await sessionRows.nth(0).getByLabel('Begin').fill('13:00');
  await sessionRows.nth(0).getByLabel('Einde').fill('16:00');
  await sessionRows.nth(0).getByLabel('Locatie').selectOption({ label: 'Ligo Gent — lokaal 1.04' });
  await sessionRows.nth(0).getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'zien de wijziging' })).toBeVisible();
  await sessionRows.nth(1).getByRole('button', { name: 'Annuleren' }).click();
  await expect(sessionRows.getByText('Geannuleerd')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'the group page after a move');
  await page.screenshot({ path: docsImagePath('ligo-session-moved'), fullPage: true });

  const welfareContext = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const socialWorker = await welfareContext.newPage();
  await signInAsDemo(socialWorker, 'socialWorker');
  await socialWorker.goto(`/ocmw/clients/${client!.id}`);
  const sessions = socialWorker.getByRole('list', { name: `Lessen in ${groupName}` });
  await expect(sessions.getByRole('listitem')).toHaveCount(3);
  await expect(sessions).toContainText('verplaatst naar');
  await expect(sessions).toContainText('13:00–16:00');
  await expect(sessions).toContainText('Ligo Gent — lokaal 1.04');
  await expect(sessions).toContainText('geannuleerd');
  const timeline = socialWorker.getByRole('heading', { name: 'Tijdlijn' }).locator('..');
  await expect(timeline.getByText('Les verplaatst').first()).toBeVisible();
  await expect(timeline.getByText('Les geannuleerd').first()).toBeVisible();
  await expectNoSeriousA11yViolations(socialWorker, 'the client page with a moved session');
  await socialWorker
    .getByRole('region', { name: 'Basisopleiding' })
    .screenshot({ path: docsImagePath('ligo-session-moved-welfare') });

  const training = socialWorker.getByRole('region', { name: 'Basisopleiding' });
  await training
    .locator('li')
    .filter({ hasText: groupName })
    .getByRole('button', { name: 'Uitschrijven' })
    .click();
  const withdrawal = training.getByRole('form', { name: `Uitschrijven: ${groupName}` });
  await withdrawal.getByLabel('Reden').selectOption({ label: 'Verhuisd' });
  await withdrawal.getByRole('button', { name: 'Uitschrijving bevestigen' }).click();
  await expect(training).toContainText(/Uitgeschreven op .+: Verhuisd/);
  await expectNoSeriousA11yViolations(socialWorker, 'the client page after a withdrawal');
  await welfareContext.close();
});
