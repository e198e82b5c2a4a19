import {
  callApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';

/** Waiting installation cheques no other browser test plans, newest first. */
async function waitingClients(page: Page, count: number): Promise<string[]> {
  const queue = await callApi(page, 'GET', '/visits/queue?purpose=installation');
  const names = (queue.items as { clientName: string }[])
    .map((item) => item.clientName)
    .filter((name) => name !== 'Chantal Lambert')
    .reverse();
  return [...new Set(names)].slice(0, count);
}

/** A `datetime-local` value some weeks ahead at the given hour, away from every other test's visits. */
function weeksAhead(weeks: number, hour: number): string {
  const day = new Date(Date.now() + weeks * 7 * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T${pad(hour)}:00`;
}

test.describe('planning home-help visits', () => {
  test('the coordinator plans with the student the dropdown shows, without picking them again', async ({
    page,
  }) => {
    await signInAsDemo(page, 'beegoCoordinator', 'Wachtrij');
    const [name] = await waitingClients(page, 1);
    // The students come in after the queue, as on a slow phone connection.
    await page.route('**/api/visits/students', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.reload();
    const card = page.locator('li.card', { hasText: name! }).first();
    const picker = card.getByLabel('Student');
    await expect(picker.locator('option')).not.toHaveCount(0);
    const shown = (await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text))!;
    expect(shown).toBeTruthy();
    await card.getByLabel('Afspraak').fill(weeksAhead(9, 9));
    await card.getByRole('button', { name: 'Inplannen' }).click();
    await expect(page.getByText(`Bezoek bij ${name} ingepland.`)).toBeVisible();
    const planned = page.getByRole('region', { name: /Ingeplande bezoeken/ });
    await expect(planned.locator('li.card', { hasText: name! })).toContainText(shown);
  });

  test('an appointment in the past is refused beside the appointment field, which is marked; nothing is planned', async ({
    page,
  }) => {
    await signInAsDemo(page, 'beegoCoordinator');
    const [name] = await waitingClients(page, 1);
    const card = page.locator('li.card', { hasText: name! }).first();
    const when = card.getByLabel('Afspraak');
    await when.fill(weeksAhead(-1, 9));
    await card.getByRole('button', { name: 'Inplannen' }).click();
    await expect(card.getByRole('alert')).toHaveText(
      'De afspraak ligt in het verleden. Kies een dag en uur later dan nu.',
    );
    await expect(when).toHaveAttribute('aria-invalid', 'true');
    await expect(when).toHaveAccessibleDescription(/De afspraak ligt in het verleden/);
    await expect(when).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'the queue with a refused appointment');
    const planned = page.getByRole('region', { name: /Ingeplande bezoeken/ });
    await expect(planned.locator('li.card', { hasText: name! })).toHaveCount(0);
    await when.fill(weeksAhead(9, 11));
    await expect(when).not.toHaveAttribute('aria-invalid', 'true');
  });

  test("the queue shows each client's phone to call, as a link that dials", async ({ page }) => {
    await signInAsDemo(page, 'beegoCoordinator');
    const queue = await callApi(page, 'GET', '/visits/queue');
    const withPhone = (queue.items as { clientName: string; phone: string | null }[]).find(
      (item) => item.phone,
    );
    expect(withPhone).toBeTruthy();
    const card = page.locator('li.card', { hasText: withPhone!.clientName }).first();
    const call = card.getByRole('link', { name: `${withPhone!.clientName} bellen` });
    await expect(call).toHaveAttribute('href', /^tel:\+?\d+$/);
    await expect(call).toContainText(withPhone!.phone!);
  });

  test('planning one student at the same hour for two clients asks first, and plans on "Toch inplannen"', async ({
    page,
  }) => {
    await signInAsDemo(page, 'beegoCoordinator', 'Wachtrij');
    const [first, second] = await waitingClients(page, 3).then((names) => names.slice(1));
    const when = weeksAhead(10, 14);
    const firstCard = page.locator('li.card', { hasText: first! }).first();
    await firstCard.getByLabel('Student').selectOption({ label: 'Yassin El Idrissi' });
    await firstCard.getByLabel('Afspraak').fill(when);
    await firstCard.getByRole('button', { name: 'Inplannen' }).click();
    await expect(page.getByText(`Bezoek bij ${first} ingepland.`)).toBeVisible();

    const secondCard = page.locator('li.card', { hasText: second! }).first();
    await secondCard.getByLabel('Student').selectOption({ label: 'Yassin El Idrissi' });
    await secondCard.getByLabel('Afspraak').fill(when);
    await secondCard.getByRole('button', { name: 'Inplannen' }).click();
    const warning = secondCard
      .getByRole('alert')
      .filter({ hasText: 'Yassin El Idrissi heeft dan al een ander bezoek' });
    await expect(warning).toBeFocused();
    await expect(warning).toContainText(`Bezoek bij ${first}`);
    await expect(warning).toContainText('op hetzelfde uur');
    await expect(page.getByText(`Bezoek bij ${second} ingepland.`)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the clash warning');
    await secondCard.screenshot({ path: docsImagePath('beego-clash') });
    await warning.getByRole('button', { name: 'Toch inplannen' }).click();
    await expect(page.getByText(`Bezoek bij ${second} ingepland.`)).toBeVisible();
    const planned = page.getByRole('region', { name: /Ingeplande bezoeken/ });
    await expect(planned.locator('li.card', { hasText: second! })).toContainText('Yassin El Idrissi');
  });
});
