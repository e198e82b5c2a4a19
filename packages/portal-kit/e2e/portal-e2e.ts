import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';

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

type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/** The portal a demo account signs in to: Beego's and Ligo's own accounts, the rest the welfare centre's. */
function demoPortal(who: DemoAccount): PortalName {
  if (who === 'beegoCoordinator' || who === 'student') return 'beego';
  if (who === 'ligoCoordinator' || who === 'teacher') return 'ligo';
  return 'ocmw';
}

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

/**
 * An API client signed in as a demo account, beside the browser, for setting up what a test needs.
 * Its changes carry the portal's Origin, as the portal's own requests do.
 */
export async function signedInApi(
  baseURL: string,
  email: string,
  portal: PortalName,
): Promise<APIRequestContext> {
  const context = await request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: new URL(baseURL).origin },
  });
  const login = await context.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD, portal } });
  expect(login.status()).toBe(200);
  return context;
}

/** `signedInApi` for a demo account, on its own portal. */
export function demoApi(baseURL: string, who: DemoAccount): Promise<APIRequestContext> {
  return signedInApi(baseURL, DEMO_ACCOUNTS[who], demoPortal(who));
}

/** Gives the page's browser a passkey authenticator of its own, as a phone or laptop has built in. */
export async function addVirtualPasskey(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
}

/** A date as the portals and the API see it, in Brussels (`YYYY-MM-DD`), some days from today. */
export function brusselsDate(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

/** The intake's skills questions as the welfare portal asks them in Dutch, in order. */
export const SKILL_QUESTIONS_NL = [
  'De computer aanzetten en muis en toetsenbord gebruiken',
  'Een website opzoeken en gebruiken',
  'Een e-mail met een bijlage sturen',
  'Aanmelden bij de overheid met eID of itsme',
  'Videobellen',
  'De computer bijwerken en veilig houden',
];

/** The weekdays as the portals name them in Dutch, Monday first. */
export const WEEKDAY_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

/** The weekday of a `YYYY-MM-DD` date as ISO counts it: 1 for Monday to 7 for Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * On a new course group's page in the Ligo portal: plans a lesson on each of `days` (`YYYY-MM-DD`,
 * from the first, on their weekdays) and waits until the group lists them.
 */
export async function planLessons(page: Page, days: string[]) {
  await page.getByLabel('Vanaf').fill(days[0]!);
  for (const day of days) {
    await page.getByRole('checkbox', { name: WEEKDAY_NL[isoWeekday(day) - 1]! }).check();
  }
  await page.getByRole('button', { name: 'Lessen plannen' }).click();
  await expect(page.getByRole('list', { name: 'Lessen' }).getByRole('listitem')).toHaveCount(days.length);
}

/** From a teacher's start page in the Ligo portal: opens the attendance of the `index`th lesson of `group`. */
export async function openAttendance(teacher: Page, group: string, index: number) {
  await teacher.goto('/ligo/');
  await teacher
    .getByRole('list', { name: 'Lessen' })
    .getByRole('listitem')
    .filter({ hasText: group })
    .nth(index)
    .getByRole('link', { name: /^Aanwezigheden/ })
    .click();
}

/** Letters only, so a name made with it reads like a name and stays unique per run. */
export function uniqueSuffix(): string {
  return Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/**
 * A new course group of the demo training partner, four seats, with a session on each of the next
 * three days from 09:00 to 12:00, made through the API by its coordinator.
 */
export async function groupWithSessions(coordinator: APIRequestContext, name: string) {
  const days = [brusselsDate(1), brusselsDate(2), brusselsDate(3)];
  const programmes = (await (await coordinator.get('/api/training/programmes')).json()) as {
    items: { id: string }[];
  };
  const created = await coordinator.post('/api/training/groups', {
    data: { programmeId: programmes.items[0]!.id, name, capacity: 4, languageSupport: [] },
  });
  const { group } = (await created.json()) as { group: { id: string } };
  const planned = await coordinator.post(`/api/training/groups/${group.id}/sessions`, {
    data: { startDate: days[0], weekdays: days.map(isoWeekday), startTime: '09:00', endTime: '12:00' },
  });
  expect(planned.status()).toBe(201);
  const { sessions } = (await planned.json()) as { sessions: { id: string }[] };
  return { group, sessions };
}

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

/** Signs in through the portal's login page, in Dutch, and waits for the signed-in header. */
export async function signIn(page: Page, { portal, email }: { portal: PortalName; email: string }) {
  await page.goto(`/${portal}/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
}

/** Opens one of the portal's pages from its main menu, by the name of its link. */
export async function openFromMenu(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
}

/** A client as the social worker types them in on the new-client form: someone living in Gent. */
export type DeskClient = {
  fileNumber: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  /** The preferred language's code, as the list of languages has it. */
  language: string;
  /** Ticks "interpreter needed". */
  interpreter?: boolean;
  phone: string;
  street: string;
  postcode: string;
};

/** On the welfare portal's new-client form: fills in every field for `client` (in Gent), without saving. */
export async function fillClientForm(page: Page, client: DeskClient) {
  await page.getByLabel('Dossiernummer').fill(client.fileNumber);
  await page.getByLabel('Voornaam').fill(client.firstName);
  await page.getByLabel('Achternaam').fill(client.lastName);
  await page.getByLabel('Geboortedatum').fill(client.birthDate);
  await page.getByLabel('Voorkeurstaal').selectOption(client.language);
  if (client.interpreter) await page.getByLabel('Tolk nodig').check();
  await page.getByLabel('Telefoon').fill(client.phone);
  await page.getByLabel('Straat en huisnummer').fill(client.street);
  await page.getByLabel('Postcode').fill(client.postcode);
  await page.getByLabel('Gemeente').fill('Gent');
}

/**
 * On the handout page: draws the client's signature on the pad with the mouse, from near its left
 * edge through `points` (offsets from the pad's top left corner).
 */
export async function drawSignature(page: Page, points: (readonly [number, number])[]) {
  const pad = page.getByRole('img', { name: 'Tekenvlak voor de handtekening' });
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 120);
  await page.mouse.down();
  for (const [x, y] of points) {
    await page.mouse.move(box.x + x, box.y + y, { steps: 5 });
  }
  await page.mouse.up();
}

/**
 * `signIn` as a demo account, on its own portal; given `landsOn`, also waits for the main heading of
 * the page the portal opens on.
 */
export async function signInAsDemo(page: Page, who: DemoAccount, landsOn?: string) {
  await signIn(page, { portal: demoPortal(who), email: DEMO_ACCOUNTS[who] });
  if (landsOn) await expect(page.getByRole('heading', { level: 1, name: landsOn })).toBeVisible();
}

/**
 * `signInAsDemo`, then opens a page by the link named `link` (in the menu, or on the start page) and
 * waits for its main heading: `heading`, the link's name unless given.
 */
export async function signInAndOpen(page: Page, who: DemoAccount, link: string, heading = link) {
  await signInAsDemo(page, who);
  await page.getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/**
 * The tests every portal shares, on the portal of the demo account `who`: its login page (accessible,
 * keyboard-only, wrong password, the demo account `otherPortalAccount` of another portal), the
 * language switch and signing out. `mainHeading` is the page a user lands on, in Dutch and in English.
 */
export function describeSignInAndShell({
  who,
  otherPortalAccount: other,
  mainHeading,
}: {
  who: DemoAccount;
  otherPortalAccount: DemoAccount;
  mainHeading: { nl: string; en: string };
}) {
  const portal = demoPortal(who);
  const account = DEMO_ACCOUNTS[who];
  const otherPortalAccount = { email: DEMO_ACCOUNTS[other], portal: demoPortal(other) };
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
