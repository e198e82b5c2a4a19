import { type Browser, expect, type Page } from '@playwright/test';
import { ACCOUNTS, type AccountName, HANDED_OVER_PASSWORD, OWN_PASSWORD } from './deployment';
import { PORTAL_SCREEN, type PortalName, SCREENS } from './screens';

export const PORTAL_OF: Record<AccountName, PortalName> = {
  admin: 'ocmw',
  projectLead: 'ocmw',
  socialWorker: 'ocmw',
  beegoCoordinator: 'beego',
  student: 'beego',
  ligoCoordinator: 'ligo',
  teacher: 'ligo',
};

/**
 * Signs in with the password the operator handed over and, the first time, replaces it with the
 * user's own as the portal asks; later sign-ins use the user's own password.
 */
export async function signInAs(page: Page, who: AccountName) {
  const portal = PORTAL_OF[who];
  await page.goto(`/${portal}/`);
  await page.getByLabel('E-mailadres').fill(ACCOUNTS[who].email);
  // Per deployment: specs of one worker each start a deployment of their own, where the account
  // still has the handed-over password.
  const account = `${new URL(page.url()).origin} ${who}`;
  const handedOver = !signedInBefore.has(account);
  await page.getByLabel('Wachtwoord').fill(handedOver ? HANDED_OVER_PASSWORD : OWN_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  if (handedOver) {
    await expect(page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' })).toBeVisible();
    await page.getByLabel('Wachtwoord dat je kreeg').fill(HANDED_OVER_PASSWORD);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(OWN_PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(OWN_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' })).toHaveCount(0);
    signedInBefore.add(account);
  }
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
}

/** The accounts, by deployment origin, whose handed-over password this worker already replaced. */
const signedInBefore = new Set<string>();

/** A signed-in page for the role, on the role's own kind of screen. */
export async function openPortal(browser: Browser, baseURL: string, who: AccountName): Promise<Page> {
  const context = await browser.newContext({ ...SCREENS[PORTAL_SCREEN[PORTAL_OF[who]]], baseURL });
  const page = await context.newPage();
  await signInAs(page, who);
  return page;
}

/** A `datetime-local` value in Brussels, on the hour, at least `hours` hours from now. */
export function brusselsHoursAhead(hours: number): string {
  const at = new Date(Date.now() + (hours + 1) * 3_600_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:00`;
}
