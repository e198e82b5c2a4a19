import { createHmac } from 'node:crypto';
import {
  addVirtualPasskey,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
} from '@digipakket/portal-kit/e2e';
import { expect, type Page, request, test } from '@playwright/test';
import { startDemoServer } from './demo-server';

// A deployment of its own, because the tenant's setting that requires a second factor would change
// every other spec's sign-in. It answers on `localhost`: WebAuthn takes a domain as relying party
// id, not an IP address such as the shared server's 127.0.0.1, and localhost is a secure context.
const port = Number(process.env.E2E_PORT ?? 3199) + 11;
const origin = `http://localhost:${port}`;
let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Its own server and provider start from nothing: slower than a test's minute on a loaded machine.
  test.setTimeout(180_000);
  server = await startDemoServer({ port });
  // The welfare admin requires a second factor of the welfare roles.
  const admin = await request.newContext({ baseURL: origin, extraHTTPHeaders: { origin } });
  expect(
    (
      await admin.post('/api/auth/login', {
        data: { email: DEMO_ACCOUNTS.ocmwAdmin, password: DEMO_PASSWORD },
      })
    ).ok(),
  ).toBe(true);
  expect((await admin.put('/api/auth/second-factor/policy', { data: { required: true } })).ok()).toBe(true);
  await admin.dispose();
});

test.afterAll(async () => {
  server?.stop();
});

/** RFC 6238 with the app's defaults (SHA-1, 6 digits, 30 s), `steps` periods from now. */
function totp(secret: string, steps = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => Number.parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + steps));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function passwordStep(page: Page, email: string) {
  await page.goto(`${origin}/ocmw/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByLabel('E-mailadres')).toBeVisible();
}

async function expectSignedIn(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
}

async function keepRecoveryCodes(page: Page) {
  await expect(page.getByRole('heading', { name: 'Je herstelcodes' })).toBeFocused();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await expectNoSeriousA11yViolations(page, 'the recovery codes');
  await page.getByRole('button', { name: 'Ik heb ze bewaard, verder' }).click();
  await expectSignedIn(page);
}

test('a social worker enrols a passkey at the first sign-in, then signs in with it', async ({ page }) => {
  await addVirtualPasskey(page);

  await passwordStep(page, DEMO_ACCOUNTS.socialWorker);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Beveilig je account met een tweede stap' }),
  ).toBeVisible();
  // Nothing else of the portal shows until the second step is done.
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the enrolment of a second factor');
  await page.getByRole('button', { name: 'Passkey maken' }).click();
  await keepRecoveryCodes(page);

  await signOut(page);
  await passwordStep(page, DEMO_ACCOUNTS.socialWorker);
  await expect(page.getByRole('heading', { level: 1, name: 'Bevestig dat jij het bent' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the second step of signing in');
  await page.getByRole('button', { name: 'Aanmelden met je passkey' }).click();
  await expectSignedIn(page);

  // The account page lists the passkey.
  await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('heading', { name: 'Tweede stap bij het aanmelden' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: /^Passkey van / })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the own second factors');
});

test('a project lead without a passkey sets up an authenticator app, then signs in with its code by keyboard', async ({
  page,
}) => {
  await passwordStep(page, DEMO_ACCOUNTS.projectLead);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Beveilig je account met een tweede stap' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'App instellen' }).click();
  await expect(
    page.getByRole('img', { name: 'QR-code om je authenticator-app in te stellen' }),
  ).toBeVisible();
  const secret = /([A-Z2-7]{32})/.exec((await page.getByTestId('totp-secret').textContent()) ?? '')?.[1];
  expect(secret).toBeTruthy();
  await expect(page.getByLabel('Code uit je app')).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'setting up an authenticator app');
  await page.keyboard.type(totp(secret!));
  await page.keyboard.press('Enter');
  await keepRecoveryCodes(page);

  await signOut(page);
  await passwordStep(page, DEMO_ACCOUNTS.projectLead);
  await expect(page.getByRole('heading', { level: 1, name: 'Bevestig dat jij het bent' })).toBeVisible();
  // The code of the next period: the one used to set up the app does not work twice.
  await page.getByLabel('Code uit je app of herstelcode').fill(totp(secret!, 1));
  await page.getByLabel('Code uit je app of herstelcode').press('Enter');
  await expectSignedIn(page);
});
