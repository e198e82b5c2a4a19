import { expectNoSeriousA11yViolations } from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';
import { fullCode, signInStudentWithServiceWorker } from './student.fixtures';

/** Client 31's installation cheque, planned with the demo student tomorrow (DEMO_CHEQUE_CODES.plannedTomorrow). */
const PLANNED_TOMORROW = 'DEMQTESTB2';

test.describe('a cold start without signal', () => {
  test('after one page was opened online, the redeem page opens offline in a fresh tab, keeps the visit and sends it when back online', async ({
    page,
    context,
  }) => {
    // Online once: the student signs in and sees their visits; the redeem page is never opened.
    await signInStudentWithServiceWorker(page);
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match('/api/auth/me'))), { timeout: 15_000 })
      .toBe(true);
    await page.close();

    await context.setOffline(true);
    const fresh = await context.newPage();
    await fresh.goto('/beego/redeem');
    await expect(fresh.getByRole('heading', { level: 1, name: 'Cheque inwisselen' })).toBeVisible();
    await expectNoSeriousA11yViolations(fresh, 'the redeem page opened offline');
    const code = fullCode(PLANNED_TOMORROW);
    await fresh.getByLabel('Code van de cheque').fill(code);
    await fresh.getByRole('button', { name: 'Verder' }).click();
    await expect(
      fresh.getByText('Je bent offline: de code wordt gecontroleerd zodra het bezoek verstuurd wordt.'),
    ).toBeVisible();
    await fresh.getByLabel('Duur in minuten').fill('50');
    await fresh.getByRole('checkbox', { name: 'Wifi' }).check();
    await fresh.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await expect(fresh.getByRole('heading', { name: 'Wacht op verzending' })).toBeVisible();

    await context.setOffline(false);
    await fresh.getByRole('link', { name: 'Terug naar mijn bezoeken' }).click();
    const outbox = fresh.getByRole('region', { name: 'Bezoeken op deze telefoon' });
    await expect(outbox).toContainText('Verstuurd en ingewisseld', { timeout: 20_000 });
    const href = await outbox.getByRole('link', { name: 'Bekijk het bezoek' }).first().getAttribute('href');
    const detail = await fresh.request.get(`/api/visits/${href!.split('/').pop()}`);
    const { visit } = await detail.json();
    expect(visit).toMatchObject({ status: 'redeemed', visit: { minutes: 50 } });
  });
});
