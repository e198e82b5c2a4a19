import {
  describeSignInAndShell,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signInAsDemo,
} from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

describeSignInAndShell({
  who: 'student',
  otherPortalAccount: 'socialWorker',
  mainHeading: { nl: 'Mijn bezoeken', en: 'My visits' },
});

test.describe('my visits', () => {
  test('a student sees their visits as cards with map and phone links, or a friendly empty state', async ({
    page,
  }) => {
    await signInAsDemo(page, 'student', 'Mijn bezoeken');
    await expect(page).toHaveTitle('Mijn bezoeken – Beego-portaal');

    const cards = page.locator('.card');
    const emptyState = page.getByRole('region', { name: 'Geen bezoeken gepland' });
    await expect(cards.first().or(emptyState)).toBeVisible();

    if ((await cards.count()) > 0) {
      const first = cards.first();
      await expect(first.getByRole('heading', { level: 3 })).not.toBeEmpty();
      await expect(first.locator('time')).toHaveText(/om \d{2}:\d{2}/);
      await expect(first.getByText(/Laptop installeren en eerste stappen|Hulp naar keuze/)).toBeVisible();
      const mapLink = page.getByRole('link', { name: /^Toon op kaart/ }).first();
      await expect(mapLink).toHaveAttribute('href', /^geo:0,0\?q=/);
      const callLink = page.getByRole('link', { name: /^Bellen/ }).first();
      await expect(callLink).toHaveAttribute('href', /^tel:\+?\d{9,}$/);
      const box = await mapLink.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    } else {
      await expect(emptyState).toContainText('Zodra de coördinator je een bezoek toewijst');
    }

    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, 'nothing sticks out sideways on a phone').toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page, 'my visits');
    await page.screenshot({ path: docsImagePath('beego-visits') });
  });
});
