import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { callApi, DEMO_ACCOUNTS, expectNoSeriousA11yViolations, signIn } from '@digipakket/portal-kit/e2e';
import { type BrowserContextOptions, chromium, expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const FRAME = { width: 640, height: 480 };

/**
 * One camera frame of a printed cheque held up to the phone: the part of the page around its QR code,
 * scaled into the frame on white, as a YUV4MPEG2 file Chromium's fake camera plays in a loop.
 */
function cameraFrameOfCheque(png: PNG): { y4m: Buffer; text: string } {
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('The printed cheque has no readable QR code');
  const { topLeftCorner: a, bottomRightCorner: b } = found.location;
  const side = Math.max(b.x - a.x, b.y - a.y) * 2.4;
  const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const scale = side / (FRAME.height * 0.9);
  const luma = Buffer.alloc(FRAME.width * FRAME.height, 255);
  for (let y = 0; y < FRAME.height; y++) {
    for (let x = 0; x < FRAME.width; x++) {
      const sx = Math.round(centre.x + (x - FRAME.width / 2) * scale);
      const sy = Math.round(centre.y + (y - FRAME.height / 2) * scale);
      if (sx < 0 || sy < 0 || sx >= png.width || sy >= png.height) continue;
      const i = (sy * png.width + sx) * 4;
      luma[y * FRAME.width + x] = Math.round(
        0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!,
      );
    }
  }
  const chroma = Buffer.alloc((FRAME.width / 2) * (FRAME.height / 2), 128);
  const header = Buffer.from(`YUV4MPEG2 W${FRAME.width} H${FRAME.height} F10:1 Ip A1:1 C420jpeg\n`);
  return {
    y4m: Buffer.concat([header, Buffer.from('FRAME\n'), luma, chroma, chroma]),
    text: found.data,
  };
}

test.describe('scanning a cheque without the browser’s own QR reader', () => {
  test('a phone browser without BarcodeDetector reads the QR code of a printed cheque and fills in the code', async ({
    page,
  }, testInfo) => {
    test.slow();
    // A cheque printed by the welfare centre for a client waiting in the coordinator's queue.
    await signIn(page, { portal: 'beego', email: DEMO_ACCOUNTS.beegoCoordinator });
    const queue = await callApi(page, 'GET', '/visits/queue');
    const waiting = (queue.items as { clientName: string }[]).at(-1)!;
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await signIn(page, { portal: 'ocmw', email: DEMO_ACCOUNTS.projectLead });
    const { items } = await callApi(page, 'GET', `/clients?q=${encodeURIComponent(waiting.clientName)}`);
    const clientId = items[0].id as string;
    const pdf = await page.request.get(`/api/clients/${clientId}/documents/cheques.pdf?language=nl`);
    expect(pdf.status()).toBe(200);
    const { items: cheques } = await callApi(page, 'GET', `/clients/${clientId}/cheques`);
    const pdfPath = testInfo.outputPath('cheques.pdf');
    writeFileSync(pdfPath, await pdf.body());
    execFileSync('pdftoppm', [
      '-r',
      '150',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfPath,
      pdfPath.replace(/\.pdf$/, ''),
    ]);
    const { y4m, text } = cameraFrameOfCheque(PNG.sync.read(readFileSync(pdfPath.replace(/\.pdf$/, '.png'))));
    const videoPath = testInfo.outputPath('cheque.y4m');
    writeFileSync(videoPath, y4m);

    // The phone: Chromium with a camera that films the cheque, and BarcodeDetector taken away.
    const project = testInfo.project.use;
    const browser = await chromium.launch({
      ...project.launchOptions,
      args: [
        ...(project.launchOptions?.args ?? []),
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${videoPath}`,
      ],
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
      await signIn(student, { portal: 'beego', email: DEMO_ACCOUNTS.student });
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
