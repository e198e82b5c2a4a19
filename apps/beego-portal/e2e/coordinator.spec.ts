import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    // Two people, a forced change of password and three axe checks: more than a minute on a shared machine.
    test.slow();
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

    // The shown password opens only the page to choose one's own.
    await expect(
      studentPage.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }),
    ).toBeVisible();
    await expect(studentPage.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
    await expect(studentPage.getByRole('link', { name: 'Wachtwoord wijzigen' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(studentPage, 'choosing a new password');
    await studentPage.goto('/beego/visits');
    await expect(
      studentPage.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }),
    ).toBeVisible();
    await studentPage.getByLabel('Wachtwoord dat je kreeg').fill(password);
    await studentPage.getByLabel('Nieuw wachtwoord', { exact: true }).fill('wachtwoord');
    await studentPage.getByLabel('Herhaal het nieuwe wachtwoord').fill('wachtwoord');
    await studentPage.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    const refused = studentPage.getByRole('alert').filter({ hasText: 'Het wachtwoord is niet gewijzigd' });
    await expect(refused).toBeFocused();
    await expect(refused).toContainText('Dit wachtwoord is te bekend of te makkelijk te raden.');
    await expect(studentPage.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoSeriousA11yViolations(studentPage, 'choosing a new password, refused');
    await studentPage.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Lina fietst naar Gent');
    await studentPage.getByLabel('Herhaal het nieuwe wachtwoord').fill('Lina fietst naar Gent');
    await studentPage.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(
      studentPage.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd.' }),
    ).toBeVisible();
    await expect(studentPage.getByRole('heading', { level: 1, name: 'Mijn bezoeken' })).toBeVisible();

    // The password the coordinator saw no longer opens the account; the chosen one does.
    const shown = await studentContext.request.post('/api/auth/login', {
      headers: { origin: new URL(page.url()).origin },
      data: { email: 'lina.student@beego.demo', password, portal: 'beego' },
    });
    expect(shown.status()).toBe(401);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Deactiveren Lina Student' }).click();
    await expect(page.getByText('Lina Student is gedeactiveerd.')).toBeVisible();
    await studentPage.reload();
    await expect(studentPage.getByLabel('Wachtwoord')).toBeVisible();
    expect(DEMO_PASSWORD).not.toBe(password);
    await studentContext.close();
  });

  test('makes the monthly statement, downloads it as PDF and CSV, and sends it to the welfare centre', async ({
    page,
  }) => {
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
    const pdfDownload = page.waitForEvent('download');
    await statement.getByRole('link', { name: 'Download PDF' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe(`statement-${month}.pdf`);
    const pdfPath = test.info().outputPath('statement.pdf');
    await pdf.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The first page as an image for the coordinators' guide (poppler's pdftoppm is on the test machines).
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-singlefile',
      pdfPath,
      docsImagePath('beego-statement-pdf').replace(/\.png$/, ''),
    ]);

    await expect(statement).toContainText('Ontwerp: het OCMW ziet ze nog niet');
    page.once('dialog', (dialog) => void dialog.accept());
    await statement.getByRole('button', { name: 'Versturen naar het OCMW' }).click();
    await expect(page.getByText(new RegExp(`Afrekening ${month} is verstuurd naar`))).toBeVisible();
    await expect(statement).toContainText('Verstuurd, het OCMW controleert');
    await expect(statement.getByRole('button', { name: 'Versturen naar het OCMW' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Afrekening maken' }).click();
    await expect(page.getByText('Voor dit OCMW en deze maand bestaat al een afrekening.')).toBeVisible();
  });
});
