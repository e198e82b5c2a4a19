import {
  describeSignInAndShell,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

describeSignInAndShell({
  who: 'teacher',
  otherPortalAccount: 'student',
  mainHeading: { nl: 'Mijn lessen', en: 'My lessons' },
});

test.describe('my lessons', () => {
  test('a teacher sees their sessions with date, time, group, location and enrolment', async ({ page }) => {
    await signInAsDemo(page, 'teacher', 'Mijn lessen');
    await expect(page).toHaveTitle('Mijn lessen – Ligo-portaal');

    const sessions = page.getByRole('list', { name: 'Lessen' }).getByRole('listitem');
    const emptyState = page.getByRole('region', { name: 'Geen lessen gepland' });
    await expect(sessions.first().or(emptyState)).toBeVisible();

    if ((await sessions.count()) > 0) {
      const first = sessions.first();
      await expect(first.getByRole('heading', { level: 2 })).not.toBeEmpty();
      await expect(first).toContainText(/\d{2}:\d{2} tot \d{2}:\d{2}/);
      await expect(first).toContainText(/\d+ cursisten? ingeschreven/);
    } else {
      await expect(emptyState).toContainText('Zodra de coördinator je een groep toewijst');
    }

    await expectNoSeriousA11yViolations(page, 'my lessons');
    await page.screenshot({ path: docsImagePath('ligo-sessions'), fullPage: true });
  });
});
