import { writeFileSync } from 'node:fs';
import { callApi, expectNoSeriousA11yViolations, signInAsDemo } from '@digipakket/portal-kit/e2e';
import { fakeCameraArgs, filmFirstPageOfCheques } from '@digipakket/portal-kit/e2e/camera';
import { type BrowserContextOptions, chromium, expect, test } from '@playwright/test';

test.describe('scanning a cheque without the browser’s own QR reader', () => {
  test('a phone browser without BarcodeDetector reads the QR code of a printed cheque and fills in the code', async ({
    page,
  }, testInfo) => {
    test.slow();
    // A cheque printed by the welfare centre for a client waiting in the coordinator's queue.
    await signInAsDemo(page, 'beegoCoordinator');
    const queue = await callApi(page, 'GET', '/visits/queue');
    const waiting = (queue.items as { clientName: string }[]).at(-1)!;
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await signInAsDemo(page, 'projectLead');
    const { items } = await callApi(page, 'GET', `/clients?q=${encodeURIComponent(waiting.clientName)}`);
    const clientId = items[0].id as string;
    const pdf = await page.request.get(`/api/clients/${clientId}/documents/cheques.pdf?language=nl`);
    expect(pdf.status()).toBe(200);
    const { items: cheques } = await callApi(page, 'GET', `/clients/${clientId}/cheques`);
    const pdfPath = testInfo.outputPath('cheques.pdf');
    writeFileSync(pdfPath, await pdf.body());
    const { videoPath, text } = filmFirstPageOfCheques(pdfPath);

    // The phone: Chromium with a camera that films the cheque, and BarcodeDetector taken away.
    const project = testInfo.project.use;
    const browser = await chromium.launch({
      ...project.launchOptions,
      args: [...(project.launchOptions?.args ?? []), ...fakeCameraArgs(videoPath)],
    });
    const options: BrowserContextOptions = {
      baseURL: project.baseURL!,
      viewport: project.viewport!,
      deviceScaleFactor: project.deviceScaleFactor!,
      isMobile: project.isMobile!,
      hasTouch: project.hasTouch!,
      userAgent: project.userAgent!,
      locale: project.locale!,
      timezoneId: project.timezoneId!,
      permissions: ['camera'],
    };
    const phone = await browser.newContext(options);
    await phone.addInitScript(() => {
      delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    });
    const student = await phone.newPage();
    try {
      await signInAsDemo(student, 'student');
      await student.getByRole('main').getByRole('link', { name: 'Cheque inwisselen' }).click();
      expect(await student.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
      await expect(student.getByText('Scannen werkt niet in deze browser')).toHaveCount(0);
      await student.getByRole('button', { name: 'Scan de QR-code' }).click();
      await expect(student.getByRole('region', { name: 'QR-code scannen' })).toBeVisible();
      await expectNoSeriousA11yViolations(student, 'the scanner');
      const field = student.getByLabel('Code van de cheque');
      await expect(field).not.toHaveValue('', { timeout: 20_000 });
      const scanned = (await field.inputValue()).replace(/-/g, '');
      expect(text.toUpperCase().replace(/-/g, '')).toContain(scanned);
      expect((cheques as { code: string }[]).map((cheque) => cheque.code.replace(/-/g, ''))).toContain(
        scanned,
      );
      await expect(student.getByRole('region', { name: 'QR-code scannen' })).toHaveCount(0);
    } finally {
      await browser.close();
    }
  });
});
