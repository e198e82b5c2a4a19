import {
  addVirtualPasskey,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
} from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';
import { startTestOidcProvider } from '../../api/src/roof/testing/test-oidc-provider';
import { startDemoServer } from './demo-server';

// A deployment of its own: switching the demo welfare centre to its provider (and its passwords off,
// and a second factor required) would change every other spec's sign-in. It answers on `localhost`:
// a passkey's relying party is a domain, not an IP address.
const port = Number(process.env.E2E_PORT ?? 3199) + 13;
const origin = `http://localhost:${port}`;
let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
let provider: Awaited<ReturnType<typeof startTestOidcProvider>> | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Its own server and provider start from nothing: slower than a test's minute on a loaded machine.
  test.setTimeout(180_000);
  provider = await startTestOidcProvider({
    clientId: 'digipakket-ocmw',
    redirectUri: `${origin}/api/auth/sso/callback`,
    accounts: [
      { subject: 'a-sociaal', email: DEMO_ACCOUNTS.socialWorker },
      // Known to this provider, but an account of a partner organisation in Digipakket.
      { subject: 'b-coordinator', email: DEMO_ACCOUNTS.beegoCoordinator },
    ],
  });
  server = await startDemoServer({ port });
});

test.afterAll(async () => {
  server?.stop();
  await provider?.close();
});

test('the welfare admin sets up the centre’s own provider on Beheer, switches passwords off and requires a second step', async ({
  page,
}) => {
  await page.goto(`${origin}/ocmw/`);
  await page.getByLabel('E-mailadres').fill(DEMO_ACCOUNTS.ocmwAdmin);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden bij het OCMW-portaal' })).toHaveCount(
    0,
  );
  await page.goto(`${origin}/ocmw/admin`);
  const section = page.getByRole('region', { name: 'Aanmelden via de eigen aanmeldservice' });
  await expect(section.getByText(`${origin}/api/auth/sso/callback`)).toBeVisible();
  await section.getByLabel('Issuer-URL').fill(provider!.issuer);
  await section.getByLabel('Client-ID').fill('digipakket-ocmw');
  await section.getByLabel('E-maildomeinen').fill('ocmw-gent.demo');
  await section.getByLabel('Wachtwoorden van Digipakket blijven ook werken').uncheck();
  await expectNoSeriousA11yViolations(page, 'the sign-in service on Beheer');
  await section.getByRole('button', { name: 'Aanmeldservice bewaren' }).click();
  await expect(page.getByText('Aanmeldservice bewaard.')).toBeAttached();
  await expect(section.getByRole('button', { name: 'Aanmeldservice verwijderen' })).toBeVisible();
  await page
    .getByLabel('Maatschappelijk werkers, projectleiders en beheerders melden aan met een tweede stap')
    .check();
  await expect(page.getByText('De instelling is opgeslagen.')).toBeAttached();
});

async function throughTheProvider(page: Page, { email, login }: { email: string; login: string }) {
  await page.goto(`${origin}/ocmw/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('link', { name: /^Aanmelden via / }).click();
  // The provider's own (development) sign-in page.
  await expect(page).toHaveURL(new RegExp(`^${provider!.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('a social worker signs in through the welfare centre’s own provider and a passkey', async ({ page }) => {
  await addVirtualPasskey(page);
  await page.goto(`${origin}/ocmw/`);
  await page.getByLabel('E-mailadres').fill(DEMO_ACCOUNTS.socialWorker);
  await expect(page.getByRole('link', { name: /^Aanmelden via / })).toBeVisible();
  await expect(page.getByText('Je organisatie meldt aan via haar eigen aanmeldservice.')).toBeVisible();
  await expect(page.getByLabel('Wachtwoord')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the login page with only the provider');

  // The first time: the provider, then a passkey to enrol, as the welfare centre requires.
  await throughTheProvider(page, { email: DEMO_ACCOUNTS.socialWorker, login: 'a-sociaal' });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Beveilig je account met een tweede stap' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Passkey maken' }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: 'Ik heb ze bewaard, verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${origin}/ocmw/`));

  // The next time: the provider (which remembers the user), then the passkey.
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByLabel('E-mailadres').fill(DEMO_ACCOUNTS.socialWorker);
  await page.getByRole('link', { name: /^Aanmelden via / }).click();
  const signIn = page.locator('input[name="login"]');
  const verify = page.getByRole('heading', { level: 1, name: 'Bevestig dat jij het bent' });
  await expect(signIn.or(verify)).toBeVisible();
  if (await signIn.isVisible()) {
    await signIn.fill('a-sociaal');
    await page.locator('input[name="password"]').fill('any-password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }
  await expect(verify).toBeVisible();
  await page.getByRole('button', { name: 'Aanmelden met je passkey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeVisible();
});

test('a partner’s coordinator is refused through the welfare centre’s provider, though the provider knows them', async ({
  page,
}) => {
  await throughTheProvider(page, { email: 'iemand@ocmw-gent.demo', login: 'b-coordinator' });
  await expect(page.getByText(/geen account voor jou in die organisatie/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
});

test('an address the provider knows but Digipakket does not is told why, on the login page', async ({
  page,
}) => {
  await throughTheProvider(page, { email: 'onbekend@ocmw-gent.demo', login: 'onbekend' });
  await expect(page.getByText(/geen account voor jou in die organisatie/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the login page after a refused single sign-on');
});
