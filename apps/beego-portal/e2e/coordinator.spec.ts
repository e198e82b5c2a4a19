import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { docsImagePath, expectNoSeriousA11yViolations, signInAndOpen } from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

test.describe('the home-help coordinator', () => {
  test('invites a student by link, who sets a password on their phone and signs in; the link used twice is refused; deactivating ends their session', async ({
    page,
    browser,
  }) => {
    // Two people, a link, a refused password and four axe checks: more than a minute on a shared machine.
    test.slow();
    await signInAndOpen(page, 'beegoCoordinator', 'Studenten');
    await page.getByLabel('Naam').fill('Lina Student');
    await page.getByLabel('E-mailadres').fill('lina.student@beego.demo');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    const invitation = page.getByRole('region', { name: 'Lina Student is uitgenodigd' });
    await expect(invitation.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(
      invitation.getByRole('img', { name: 'QR-code met de link voor Lina Student' }),
    ).toBeVisible();
    const link = (await invitation.getByTestId('sign-in-link').textContent())!.trim();
    expect(link).toMatch(/\/beego\/link#[A-Za-z0-9_-]{43}$/);
    await expectNoSeriousA11yViolations(page, 'the students page with a new link');
    await page.screenshot({ path: docsImagePath('beego-students') });

    // The student opens the link on their own phone (this project's viewport) and uses the keyboard.
    const studentContext = await browser.newContext({
      baseURL: new URL(page.url()).origin,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const studentPage = await studentContext.newPage();
    await studentPage.goto(link);
    await expect(studentPage.getByRole('heading', { level: 1, name: 'Welkom, Lina Student' })).toBeVisible();
    await expect(studentPage.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(studentPage, 'choosing a password through the link');
    await studentPage.getByLabel('Nieuw wachtwoord', { exact: true }).focus();
    await studentPage.keyboard.type('wachtwoord123');
    await studentPage.keyboard.press('Tab');
    await expect(studentPage.getByLabel('Herhaal het nieuwe wachtwoord')).toBeFocused();
    await studentPage.keyboard.type('wachtwoord123');
    await studentPage.keyboard.press('Enter');
    const refused = studentPage.getByRole('alert').filter({ hasText: 'Het wachtwoord is niet opgeslagen' });
    await expect(refused).toBeFocused();
    await expect(refused).toContainText('Dit wachtwoord is te bekend of te makkelijk te raden.');
    await expect(studentPage.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoSeriousA11yViolations(studentPage, 'choosing a password through the link, refused');
    await studentPage.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Lina fietst naar Gent');
    await studentPage.getByLabel('Herhaal het nieuwe wachtwoord').fill('Lina fietst naar Gent');
    await studentPage.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(
      studentPage.getByRole('status').filter({ hasText: 'Je wachtwoord is opgeslagen.' }),
    ).toHaveText(
      'Je wachtwoord is opgeslagen. Meld je nu aan met lina.student@beego.demo en je nieuwe wachtwoord.',
    );
    await studentPage.getByRole('link', { name: 'Naar aanmelden' }).click();
    await studentPage.getByLabel('E-mailadres').fill('lina.student@beego.demo');
    await studentPage.getByLabel('Wachtwoord', { exact: true }).fill('Lina fietst naar Gent');
    await studentPage.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(studentPage.getByRole('heading', { level: 1, name: 'Mijn bezoeken' })).toBeVisible();

    // The same link a second time: refused, saying why.
    const again = await studentContext.newPage();
    await again.goto(link);
    await expect(again.getByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeVisible();
    await expect(again.getByRole('alert')).toHaveText(
      'Deze link is al gebruikt. Meld je aan met je wachtwoord, of vraag een nieuwe link aan.',
    );
    await expectNoSeriousA11yViolations(again, 'a link used twice');
    await again.close();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Deactiveren Lina Student' }).click();
    await expect(page.getByText('Lina Student is gedeactiveerd.')).toBeVisible();
    await studentPage.reload();
    await expect(studentPage.getByLabel('Wachtwoord', { exact: true })).toBeVisible();
    await studentContext.close();
  });

  test('makes the monthly statement, downloads it as PDF and CSV, and sends it to the welfare centre', async ({
    page,
  }) => {
    await signInAndOpen(page, 'beegoCoordinator', 'Afrekeningen', 'Maandafrekeningen');
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
