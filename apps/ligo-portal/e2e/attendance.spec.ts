import { signInAsDemo } from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

async function openTodaysGroupA(page: import('@playwright/test').Page) {
  await signInAsDemo(page, 'teacher');
  await page
    .getByRole('list', { name: 'Lessen' })
    .getByRole('listitem')
    .filter({ hasText: 'Basis digitaal — groep A' })
    .filter({ hasText: 'Vandaag' })
    .getByRole('link', { name: /^Aanwezigheden/ })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Aanwezigheden — Basis digitaal — groep A' }),
  ).toBeVisible();
}

test.describe('the attendance list', () => {
  test('a teacher marks attendance with the keyboard alone', async ({ page }) => {
    await openTodaysGroupA(page);
    const learner = page.getByRole('list', { name: 'Cursisten' }).getByRole('listitem').first();
    await learner.getByRole('radio', { name: 'Aanwezig', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(learner.getByText('Bewaard', { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(learner.getByRole('radio', { name: 'Te laat', exact: true })).toBeChecked();
    await expect(learner.getByText('Bewaard', { exact: true })).toBeVisible();
    await page.reload();
    await expect(
      page
        .getByRole('list', { name: 'Cursisten' })
        .getByRole('listitem')
        .first()
        .getByRole('radio', { name: 'Te laat', exact: true }),
    ).toBeChecked();
  });

  test('a teacher clears a wrong mark, and the learner stays unmarked after a reload', async ({ page }) => {
    await openTodaysGroupA(page);
    const learners = page.getByRole('list', { name: 'Cursisten' }).getByRole('listitem');
    const learner = learners.nth(2);
    await learner.getByRole('radio', { name: 'Afwezig', exact: true }).check();
    await expect(learner.getByText('Bewaard', { exact: true })).toBeVisible();
    const clear = learner.getByRole('button', { name: /^Markering wissen voor / });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect(learner.getByRole('radio', { name: 'Afwezig', exact: true })).not.toBeChecked();
    await expect(clear).toBeHidden();
    await page.reload();
    await expect(learners.nth(2).getByRole('radio', { checked: true })).toHaveCount(0);
  });

  test('a mark that cannot be saved goes back to what was stored, and says why', async ({ page }) => {
    await openTodaysGroupA(page);
    const learner = page.getByRole('list', { name: 'Cursisten' }).getByRole('listitem').nth(1);
    const present = learner.getByRole('radio', { name: 'Aanwezig', exact: true });
    // A retry finds the mark of the first attempt: start from another mark so saving is seen.
    if (await present.isChecked()) {
      await learner.getByRole('radio', { name: 'Te laat', exact: true }).check();
      await expect(learner.getByText('Bewaard', { exact: true })).toBeVisible();
    }
    const saved = page.waitForResponse(
      (response) => response.url().includes('/attendance/') && response.request().method() === 'PUT',
    );
    await present.check();
    expect((await saved).ok()).toBe(true);
    await expect(learner.getByText('Bewaard', { exact: true })).toBeVisible();

    await page.route('**/api/training/sessions/*/attendance/*', (route) =>
      route.abort('internetdisconnected'),
    );
    // click(), not check(): the mark rolls back at once, which check() would take for a failed click.
    await learner.getByRole('radio', { name: 'Afwezig', exact: true }).click();
    await expect(learner.getByText('Niet bewaard', { exact: true })).toBeVisible();
    await expect(learner.getByRole('radio', { name: 'Aanwezig', exact: true })).toBeChecked();
    await expect(learner.getByRole('radio', { name: 'Afwezig', exact: true })).not.toBeChecked();
  });
});
