import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** The demo tenant's password for every demo account. */
export const DEMO_PASSWORD = 'digipakket-demo';

export const DEMO_ACCOUNTS = {
  socialWorker: 'sociaal@ocmw-gent.demo',
  projectLead: 'projectleider@ocmw-gent.demo',
  ocmwAdmin: 'admin@ocmw-gent.demo',
  beegoCoordinator: 'coordinator@beego.demo',
  student: 'student@beego.demo',
  ligoCoordinator: 'coordinator@ligo.demo',
  teacher: 'lesgever@ligo.demo',
} as const;

type PortalName = 'ocmw' | 'beego' | 'ligo';

const PORTAL_NAMES_NL: Record<PortalName, string> = {
  ocmw: 'OCMW-portaal',
  beego: 'Beego-portaal',
  ligo: 'Ligo-portaal',
};

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails on every serious or critical WCAG 2.2 AA violation axe-core finds on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious, `accessibility violations on ${where}`).toEqual([]);
}

/** Where a test saves a screenshot the user guides show: `docs/images/<name>.png` at the repository root. */
export function docsImagePath(name: string): string {
  return `${test.info().project.testDir}/../../../docs/images/${name}.png`;
}

/** Signs in through the portal's login page, in Dutch, and waits for the signed-in header. */
/**
 * Calls the API with the browser's session and the portal's origin, as the portal itself does, and
 * expects success (the failure names the call and the answer). For setting up what a test needs
 * without clicking through pages that other tests already cover.
 */
export async function callApi(page: Page, method: string, path: string, data?: unknown) {
  const origin = new URL(page.url()).origin;
  const res = await page.request.fetch(`${origin}/api${path}`, {
    method,
    headers: { origin, 'content-type': 'application/json' },
    ...(data === undefined ? {} : { data: JSON.stringify(data) }),
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

export async function signIn(page: Page, { portal, email }: { portal: PortalName; email: string }) {
  await page.goto(`/${portal}/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
}

/**
 * The tests every portal shares: its login page (accessible, keyboard-only, wrong password, an
 * account of another portal), the language switch and signing out. `mainHeading` is the page a
 * user lands on, in Dutch and in English.
 */
export function describeSignInAndShell({
  portal,
  account,
  otherPortalAccount,
  mainHeading,
}: {
  portal: PortalName;
  account: string;
  otherPortalAccount: { email: string; portal: PortalName };
  mainHeading: { nl: string; en: string };
}) {
  test.describe(`signing in to the ${portal} portal`, () => {
    test('the login page is accessible and a wrong password is refused with an explanation', async ({
      page,
    }) => {
      await page.goto(`/${portal}/`);
      await expect(
        page.getByRole('heading', { level: 1, name: `Aanmelden bij het ${PORTAL_NAMES_NL[portal]}` }),
      ).toBeVisible();
      await expect(page).toHaveTitle(`Aanmelden – ${PORTAL_NAMES_NL[portal]}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      await expectNoSeriousA11yViolations(page, 'the login page');

      await page.getByLabel('E-mailadres').fill(account);
      await page.getByLabel('Wachtwoord').fill('not-the-password');
      await page.getByRole('button', { name: 'Aanmelden' }).click();

      const summary = page.getByRole('alert').filter({ hasText: 'Aanmelden is niet gelukt' });
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
      await expect(page.getByRole('button', { name: 'Afmelden' })).toHaveCount(0);
      await expectNoSeriousA11yViolations(page, 'the login page with an error');
    });

    test('empty fields are named before anything is sent', async ({ page }) => {
      await page.goto(`/${portal}/`);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Wachtwoord')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert')).toContainText('Vul dit veld in.');
    });

    test('an account of another portal is told which portal is theirs', async ({ page }) => {
      await page.goto(`/${portal}/`);
      await page.getByLabel('E-mailadres').fill(otherPortalAccount.email);
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden' }).click();

      const ownPortal = PORTAL_NAMES_NL[otherPortalAccount.portal];
      await expect(page.getByText(`Dit account hoort bij het ${ownPortal}.`)).toBeVisible();
      await expect(page.getByRole('link', { name: `Naar het ${ownPortal}` })).toHaveAttribute(
        'href',
        `/${otherPortalAccount.portal}/`,
      );
      await expect(page.getByRole('button', { name: 'Afmelden' })).toHaveCount(0);
    });

    test('a user signs in with the keyboard alone', async ({ page }) => {
      await page.goto(`/${portal}/`);
      await expect(page.getByLabel('E-mailadres')).toBeVisible();

      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Taal')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('E-mailadres')).toBeFocused();
      await page.keyboard.type(account);
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Wachtwoord')).toBeFocused();
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');

      await expect(page.getByRole('heading', { level: 1, name: mainHeading.nl })).toBeVisible();
    });

    test('a user switches the interface to English, and signing out returns to the login page', async ({
      page,
    }) => {
      await signIn(page, { portal, email: account });
      await expect(page.getByRole('heading', { level: 1, name: mainHeading.nl })).toBeVisible();

      await page.getByLabel('Taal').selectOption('en');
      await expect(page.getByRole('heading', { level: 1, name: mainHeading.en })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();

      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: mainHeading.en })).toBeVisible();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /^Sign in to the / })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible();

      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: /^Sign in to the / })).toBeVisible();
    });
  });
}
