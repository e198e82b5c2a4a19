import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signIn,
} from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

test.describe('the home-help coordinator', () => {
  test('invites a student with a one-time password, and deactivates them, which ends their session', async ({
    page,
    browser,
  }) => {
    await signIn(page, { portal: 'beego', email: DEMO_ACCOUNTS.beegoCoordinator });
    await page.getByRole('link', { name: 'Studenten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Studenten' })).toBeVisible();
    await page.getByLabel('Naam').fill('Lina Student');
    await page.getByLabel('E-mailadres').fill('lina.student@beego.demo');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(page.getByRole('heading', { name: 'Lina Student is uitgenodigd' })).toBeVisible();
    const password = (await page.locator('.code--large').textContent())!.trim();
    expect(password).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    await expectNoSeriousA11yViolations(page, 'the students page');
    await page.screenshot({ path: docsImagePath('beego-students') });

    const studentContext = await browser.newContext({ baseURL: new URL(page.url()).origin });
    const studentPage = await studentContext.newPage();
    await studentPage.goto('/beego/');
    await studentPage.getByLabel('E-mailadres').fill('lina.student@beego.demo');
    await studentPage.getByLabel('Wachtwoord').fill(password);
    await studentPage.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(studentPage.getByRole('heading', { level: 1, name: 'Mijn bezoeken' })).toBeVisible();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Deactiveren Lina Student' }).click();
    await expect(page.getByText('Lina Student is gedeactiveerd.')).toBeVisible();
    await studentPage.reload();
    await expect(studentPage.getByLabel('Wachtwoord')).toBeVisible();
    expect(DEMO_PASSWORD).not.toBe(password);
    await studentContext.close();
  });

  test('makes the monthly statement for the welfare centre and can download it as CSV', async ({ page }) => {
    await signIn(page, { portal: 'beego', email: DEMO_ACCOUNTS.beegoCoordinator });
    await page.getByRole('link', { name: 'Afrekeningen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maandafrekeningen' })).toBeVisible();
    // The demo's oldest visits were about seven weeks ago: that month surely has redeemed cheques.
    const past = new Date(Date.now() - 48 * 86_400_000);
    const month = `${past.getFullYear()}-${String(past.getMonth() + 1).padStart(2, '0')}`;
    await page.getByLabel('Maand').fill(month);
    await page.getByRole('button', { name: 'Afrekening maken' }).click();
    const statement = page.getByRole('region', { name: new RegExp(month) }).first();
    await expect(statement.getByRole('table')).toBeVisible();
    await expect(statement).toContainText('€');
    await expectNoSeriousA11yViolations(page, 'the statements page');
    await page.screenshot({ path: docsImagePath('beego-statement'), fullPage: true });
    const download = page.waitForEvent('download');
    await statement.getByRole('link', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toBe(`statement-${month}.csv`);

    await page.getByRole('button', { name: 'Afrekening maken' }).click();
    await expect(page.getByText('Voor dit OCMW en deze maand bestaat al een afrekening.')).toBeVisible();
  });
});
