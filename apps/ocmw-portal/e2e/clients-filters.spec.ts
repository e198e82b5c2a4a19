import {
  brusselsDate,
  callApi,
  demoApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  groupWithSessions,
  signInAsDemo,
  uniqueSuffix,
} from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

test('the client list keeps its filters in the address: status and my own clients survive a reload and go back', async ({
  page,
}) => {
  test.slow();
  const lastName = `Filterman${uniqueSuffix()}`;
  await signInAsDemo(page, 'socialWorker');
  const { client } = await callApi(page, 'POST', '/clients', {
    fileNumber: `E2E-FLT-${Date.now().toString(36).toUpperCase()}`,
    firstName: 'Nora',
    lastName,
    preferredLanguage: 'nl',
  });

  await page.goto('/ocmw/clients');
  await expect(page.getByRole('status').filter({ hasText: /cliënten? in totaal/ })).toBeVisible();
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Status').selectOption({ label: 'Aangemeld' });
  await expect(page).toHaveURL(/[?&]status=referred/);
  await filters.getByLabel('Alleen mijn cliënten').check();
  await expect(page).toHaveURL(/[?&]mine=1/);
  await expect(page.getByRole('status').filter({ hasText: /met deze filters/ })).toBeVisible();
  await expect(page.getByRole('rowheader').filter({ hasText: lastName })).toBeVisible();
  // The list keeps its last rows on screen while the filtered ones load: wait until every row is Aangemeld.
  await expect
    .poll(async () =>
      (await page.getByRole('row').locator('.badge').allTextContents()).filter(
        (status) => !/Aangemeld$/.test(status),
      ),
    )
    .toEqual([]);
  await expectNoSeriousA11yViolations(page, 'the client list with filters');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: docsImagePath('ocmw-clients-filtered'), fullPage: true });

  await page.reload();
  await expect(filters.getByLabel('Status')).toHaveValue('referred');
  await expect(filters.getByLabel('Alleen mijn cliënten')).toBeChecked();
  await expect(page.getByRole('rowheader').filter({ hasText: lastName })).toBeVisible();

  // The client page is one click away, and the back button returns to the same filtered list.
  await page.getByRole('link', { name: `Nora ${lastName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/ocmw/clients/${client.id}$`));
  await page.goBack();
  await expect(filters.getByLabel('Status')).toHaveValue('referred');
  await expect(page.getByRole('rowheader').filter({ hasText: lastName })).toBeVisible();

  await filters.getByLabel('Status').selectOption({ label: 'Laptop ontvangen' });
  await expect(page.getByRole('rowheader').filter({ hasText: lastName })).toHaveCount(0);
  await filters.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByRole('status').filter({ hasText: /cliënten? in totaal/ })).toBeVisible();
});

test('a moved session and the teacher’s note each keep their own line on the client’s course card', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const groupName = `Basis — kaart ${Date.now().toString(36)}`;
  const coordinator = await demoApi(baseURL!, 'ligoCoordinator');
  const { group, sessions } = await groupWithSessions(coordinator, groupName);

  await signInAsDemo(page, 'socialWorker');
  const { client } = await callApi(page, 'POST', '/clients', {
    fileNumber: `E2E-CARD-${Date.now().toString(36).toUpperCase()}`,
    firstName: 'Karim',
    lastName: `Kaart${uniqueSuffix()}`,
    preferredLanguage: 'nl',
  });
  const welfare = await demoApi(baseURL!, 'socialWorker');
  const enrolled = await welfare.post('/api/training/enrolments', {
    data: { clientId: client.id, groupId: group.id },
    headers: { 'Idempotency-Key': `${group.id}-${client.id}` },
  });
  expect(enrolled.status()).toBe(201);
  const { enrolment } = (await enrolled.json()) as { enrolment: { id: string } };
  await welfare.dispose();

  for (const [index, session] of sessions.slice(0, 2).entries()) {
    const moved = await coordinator.patch(`/api/training/sessions/${session.id}`, {
      data: { date: brusselsDate(5 + index), startTime: '13:00', endTime: '16:00' },
    });
    expect(moved.status()).toBe(200);
  }
  const note = await coordinator.put(`/api/training/enrolments/${enrolment.id}/progress-note`, {
    data: {
      note: 'Karim werkt zelfstandig met de muis en het toetsenbord en stuurt al een e-mail met een bijlage.',
    },
  });
  expect(note.status()).toBe(200);
  await coordinator.dispose();

  await page.goto(`/ocmw/clients/${client.id}`);
  const list = page.getByRole('list', { name: `Lessen in ${groupName}` });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list).toContainText('verplaatst naar');
  const noteText = page.getByText('Karim werkt zelfstandig', { exact: false });
  await expect(noteText).toBeVisible();

  // Nothing overlaps: every moved-session label ends above the note and stays inside the card.
  const card = page.getByRole('region', { name: 'Basisopleiding' });
  const cardBox = (await card.boundingBox())!;
  const noteBox = (await noteText.boundingBox())!;
  for (const badge of await list.locator('.badge').all()) {
    const box = (await badge.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(noteBox.y);
    expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
  }
  await expectNoSeriousA11yViolations(page, 'the client page with moved sessions and a note');
  await card.screenshot({ path: docsImagePath('ocmw-course-card') });
});
