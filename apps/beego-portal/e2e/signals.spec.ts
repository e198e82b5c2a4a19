import { docsImagePath, expectNoSeriousA11yViolations, signInAndOpen } from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

// Labels of the signals other organisations own: the home-help coordinator never sees them.
const OTHER_OWNERS_LABELS = [
  'Laptop nog niet afgehaald',
  'Twee keer na elkaar afwezig',
  'Doorverwijzing nog niet beslist',
  'Moet opgevolgd worden na bezoek',
  'Al lang geen contact',
];

test.describe('the home-help follow-up', () => {
  test('the coordinator sees the overdue installation visits of home help only, earliest due first, and goes to the queue', async ({
    page,
  }) => {
    await signInAndOpen(page, 'beegoCoordinator', 'Opvolging');

    const list = page.getByRole('list', { name: 'Opvolging' });
    const overdue = list.getByRole('listitem').filter({ hasText: 'Installatiebezoek te laat' });
    await expect(overdue.first()).toBeVisible();
    await expect(overdue.first().locator('.badge')).toHaveText(/Dringend|Aandacht/);
    await expect(overdue.first()).toContainText('OCMW Gent (demo)');
    for (const label of OTHER_OWNERS_LABELS) await expect(page.getByText(label)).toHaveCount(0);

    const response = await page.request.get('/api/signals?limit=100');
    expect(response.status()).toBe(200);
    const { items } = (await response.json()) as {
      items: { owner: string; client: { fileNumber: unknown } }[];
    };
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.owner === 'home_help' && item.client.fileNumber === null)).toBe(true);

    const due = await list
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(due).toEqual([...due].sort());

    await expectNoSeriousA11yViolations(page, 'the follow-up page');
    await page.screenshot({ path: docsImagePath('beego-signals') });

    // Each link goes to the cheque itself and says where: a planned cheque's to its visit, a waiting
    // cheque's to the queue narrowed to it, in the portal's own folder so a reload keeps it narrowed.
    for (const toVisit of await overdue.getByRole('link', { name: /^Naar het bezoek/ }).all()) {
      await expect(toVisit).toHaveAttribute('href', /^\/beego\/visits\/chq_\w+$/);
    }
    const link = overdue.getByRole('link', { name: /^Naar de wachtrij/ }).first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/beego\/\?cheque=chq_\w+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Wachtrij' })).toBeVisible();
    await expect(page.getByText('Alleen de cheque van het opvolgsignaal.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Wachten op een bezoek/ })).toContainText(
      '(1)',
    );
    await page.reload();
    await expect(page.getByText('Alleen de cheque van het opvolgsignaal.')).toBeVisible();
    await page.getByRole('button', { name: 'Hele wachtrij tonen' }).click();
    await expect(page.getByText('Alleen de cheque van het opvolgsignaal.')).toHaveCount(0);
  });
});
