import { OUTCOME_FOUNDATION_ITEM_IDS, QUESTION_IDS } from '@digipakket/domain';
import { brusselsDate, expectNoSeriousA11yViolations, openFromMenu } from '@digipakket/portal-kit/e2e';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import {
  ACCOUNTS,
  type AccountName,
  type Deployment,
  HANDED_OVER_PASSWORD,
  OWN_PASSWORD,
  startEmptyDeployment,
} from './deployment';
import { SCREENS } from './screens';

/**
 * The project lead's comparison with groups large enough to compare, on a deployment that starts empty:
 * the project lead sets the programme's costs and variations on the Administration page by keyboard,
 * the social worker takes 19 clients through intake, baseline and end round with the same endpoints
 * the portal calls (in bulk, so the journey stays fast), and the comparison shows two waves and the
 * variations side by side: the wave and the variation of 12 with their median and interval, the others
 * as too few. Every figure on screen is checked against a count made here from the answers given.
 */

const port = Number(process.env.E2E_PORT ?? 3199) + 3;
const PROGRAMME = 'Digitaal pakket Gent — vergelijking';
const WAVES = ['Golf A — voorjaar', 'Golf B — najaar'] as const;
const stamp = Date.now().toString(36).toUpperCase();

type Variation = 'standard' | 'extra_cheques' | 'digibuddy';
type Planned = {
  variation: Variation;
  wave: (typeof WAVES)[number];
  tasksGained: number;
  confidenceGained: number;
};

/** Twelve on the standard package in the first wave; four with extra cheques and three with a buddy in the second. */
const CLIENTS: Planned[] = [
  ...[1, 2, 2, 3, 3, 4, 4, 4, 5, 6, 6, 7].map((gain, index) => ({
    variation: 'standard' as const,
    wave: WAVES[0],
    tasksGained: gain,
    confidenceGained: (index % 4) + 1,
  })),
  ...[2, 3, 5, 6].map((gain) => ({
    variation: 'extra_cheques' as const,
    wave: WAVES[1],
    tasksGained: gain,
    confidenceGained: 2,
  })),
  ...[4, 5, 8].map((gain) => ({
    variation: 'digibuddy' as const,
    wave: WAVES[1],
    tasksGained: gain,
    confidenceGained: 3,
  })),
];

const VARIATION_HEADING: Record<Variation | 'laptop_only', string> = {
  standard: 'Standaard (cheques en basisopleiding)',
  extra_cheques: 'Extra cheques in plaats van de opleiding',
  digibuddy: 'Met een Digibuddy',
  laptop_only: 'Alleen een laptop',
};

/** Each client's package is chosen at intake, as the social worker does when a variation applies. */
const PACKAGE: Record<
  Variation,
  { cheques: number; basicCourse: boolean; digibuddy: boolean; infoSession: boolean }
> = {
  standard: { cheques: 2, basicCourse: true, digibuddy: false, infoSession: true },
  extra_cheques: { cheques: 4, basicCourse: false, digibuddy: false, infoSession: true },
  digibuddy: { cheques: 2, basicCourse: false, digibuddy: true, infoSession: true },
};

let deployment: Deployment;
const pages: Partial<Record<AccountName, Page>> = {};

/** Signs in on a fresh deployment: the handed-over password, replaced by the user's own. */
async function as(browser: Browser, who: AccountName): Promise<Page> {
  if (pages[who]) return pages[who];
  const context = await browser.newContext({ ...SCREENS.desk, baseURL: deployment.baseURL });
  const page = await context.newPage();
  await page.goto('/ocmw/');
  await page.getByLabel('E-mailadres').fill(ACCOUNTS[who].email);
  await page.getByLabel('Wachtwoord').fill(HANDED_OVER_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByLabel('Wachtwoord dat je kreeg').fill(HANDED_OVER_PASSWORD);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(OWN_PASSWORD);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(OWN_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
  // The API calls below share the browser's session: wait until it answers them as this user, with
  // the new password saved (the header's button shows while the save is still on its way).
  await expect
    .poll(async () => {
      const me = await page.request.get('/api/auth/me');
      if (me.status() !== 200) return `status ${me.status()}`;
      const { passwordChangeRequired } = (await me.json()) as { passwordChangeRequired: boolean };
      return passwordChangeRequired ? 'password change still required' : 'ready';
    })
    .toBe('ready');
  pages[who] = page;
  return page;
}

/** A call to the API as the signed-in user, from the portal's own origin, as the portal makes it. */
async function api<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`/api${path}`, {
    method,
    headers: { origin: deployment.baseURL },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const figure = (value: number) =>
  new Intl.NumberFormat('nl', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);

/** The answers of one round: the eight foundation tasks and confidence. */
function answers(client: Planned, round: 'baseline' | 'end') {
  return [
    ...OUTCOME_FOUNDATION_ITEM_IDS.map((itemId, index) => ({
      itemId,
      version: 1,
      value: round === 'end' && index < client.tasksGained ? 'on_my_own' : 'with_help',
    })),
    { itemId: 'confidence', version: 1, value: round === 'baseline' ? 2 : 2 + client.confidenceGained },
  ];
}

function card(page: Page, heading: string): Locator {
  return page
    .locator('article.outcome-group')
    .filter({ has: page.getByRole('heading', { level: 3, name: heading }) });
}

/** A card with figures: respondents, and the median and mean change with their intervals as the domain formats them. */
async function expectFigures(group: Locator, members: readonly Planned[]) {
  const tasks = members.map((client) => client.tasksGained);
  const confidence = members.map((client) => client.confidenceGained);
  await expect(group).toContainText(`${members.length}, waarvan 0 afgehaakt`);
  await expect(group.getByRole('row', { name: /^Nulmeting/ })).toContainText(
    `${members.length} / ${members.length}`,
  );
  await expect(group.getByRole('row', { name: /^Eindmeting/ })).toContainText(
    `${members.length} / ${members.length}`,
  );
  const tasksRow = group.locator('.facts__row').filter({ hasText: 'Verandering in taken alleen' });
  await expect(tasksRow).toContainText(
    new RegExp(
      `mediaan ${literally(figure(median(tasks)))} \\(95%-interval [^)]+\\), gemiddelde ${literally(figure(mean(tasks)))} \\(`,
    ),
  );
  const confidenceRow = group.locator('.facts__row').filter({ hasText: 'Verandering in zelfvertrouwen' });
  await expect(confidenceRow).toContainText(`mediaan ${figure(median(confidence))} (`);
  await expect(confidenceRow).toContainText(`gemiddelde ${figure(mean(confidence))} (`);
}

async function expectTooFew(group: Locator, respondents: number) {
  await expect(group).toContainText(
    `Te weinig om te vergelijken (${respondents} cliënten vulden beide metingen in, minstens 10 nodig).`,
  );
  await expect(group).not.toContainText('mediaan');
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  deployment = await startEmptyDeployment({ port });
});

test.afterAll(async () => {
  for (const page of Object.values(pages)) await page?.context().close();
  await deployment?.stop();
});

test.describe('the outcome comparison with groups large enough to compare', () => {
  test('the project lead sets the programme’s costs and variations by keyboard', async ({ browser }) => {
    const admin = await as(browser, 'admin');
    const partners = await api<{ items: { id: string; kind: string }[] }>(
      admin,
      'GET',
      '/programmes/partners',
    );
    await api(admin, 'POST', '/programmes', {
      name: PROGRAMME,
      homeHelpOrgId: partners.items.find((partner) => partner.kind === 'home_help')!.id,
      trainingOrgId: partners.items.find((partner) => partner.kind === 'training')!.id,
    });

    const lead = await as(browser, 'projectLead');
    await openFromMenu(lead, 'Beheer');
    const laptop = lead.getByLabel('Kost van een laptop (eurocent)');
    await expect(laptop).toHaveValue('25000');
    // Keyboard only: from the field before, Tab to the laptop's cost, type, then on to the checkboxes.
    await lead
      .getByLabel('Uren hulp aan huis per maand afgesproken met de partner (0: niet afgesproken)')
      .focus();
    await lead.keyboard.press('Tab');
    await expect(laptop).toBeFocused();
    await lead.keyboard.press('ControlOrMeta+A');
    await lead.keyboard.type('32000');
    await lead.keyboard.press('Tab');
    await expect(lead.getByLabel('Kost van een uur hulp aan huis met cheques (eurocent)')).toBeFocused();
    await lead.keyboard.press('ControlOrMeta+A');
    await lead.keyboard.type('4500');
    for (const name of ['Cheques in plaats van groepslessen', "Digibuddy's koppelen"]) {
      await lead.getByRole('checkbox', { name }).focus();
      await lead.keyboard.press('Space');
      await expect(lead.getByRole('checkbox', { name })).toBeChecked();
    }
    await lead.getByRole('button', { name: 'Instellingen bewaren' }).focus();
    await lead.keyboard.press('Enter');
    await expect(lead.getByRole('status').filter({ hasText: 'De instellingen zijn bewaard.' })).toBeVisible();
    await expectNoSeriousA11yViolations(lead, 'the programme settings with their costs');
    await lead.reload();
    await expect(lead.getByLabel('Kost van een laptop (eurocent)')).toHaveValue('32000');
    await expect(lead.getByLabel('Kost van een uur hulp aan huis met cheques (eurocent)')).toHaveValue(
      '4500',
    );
  });

  test('two waves of clients answer the baseline and the end round', async ({ browser }) => {
    const lead = await as(browser, 'projectLead');
    const { items } = await api<{ items: { id: string }[] }>(lead, 'GET', '/programmes');
    const programmeId = items[0]!.id;
    const waveIds = new Map<string, string>();
    for (const name of WAVES) {
      const { plan } = await api<{ plan: { wave: { id: string } } }>(lead, 'POST', '/waves', {
        programmeId,
        name,
        pickupFrom: brusselsDate(-14),
        pickupUntil: brusselsDate(14),
        capacity: { laptops: 20, chequeHours: 100, trainingSeats: 20 },
        acceptOverflow: true,
      });
      waveIds.set(name, plan.wave.id);
    }

    const desk = await as(browser, 'socialWorker');
    for (const [index, client] of CLIENTS.entries()) {
      const { client: created } = await api<{ client: { id: string } }>(desk, 'POST', '/clients', {
        fileNumber: `VGL-${stamp}-${index + 1}`,
        firstName: `Cliënt ${index + 1}`,
        lastName: 'Vergelijking',
        preferredLanguage: 'nl',
      });
      await api(desk, 'PUT', `/clients/${created.id}/intake`, {
        decision: 'approved',
        purposes: ['work'],
        householdHasUsableLaptop: false,
        canAffordLaptop: false,
        answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, 'no'])),
        waveId: waveIds.get(client.wave),
        package: PACKAGE[client.variation],
        packageChangeReason: 'De variant van het programma die deze cliënt volgt.',
      });
      for (const round of ['baseline', 'end'] as const) {
        await api(desk, 'POST', `/outcomes/clients/${created.id}/rounds`, {
          round,
          mode: 'in_person',
          answers: answers(client, round),
        });
      }
    }
  });

  test('the project lead sees the waves and variations side by side, large groups with figures', async ({
    browser,
  }) => {
    const lead = await as(browser, 'projectLead');
    await lead.goto('/ocmw/dashboard/outcomes');
    await expect(lead.getByRole('heading', { level: 1, name: 'Effectmeting vergelijken' })).toBeVisible();

    await expectFigures(card(lead, PROGRAMME), CLIENTS);
    const inWave = (wave: string) => CLIENTS.filter((client) => client.wave === wave);
    await expectFigures(card(lead, WAVES[0]), inWave(WAVES[0]));
    await expectTooFew(card(lead, WAVES[1]), inWave(WAVES[1]).length);

    const ofVariation = (variation: Variation) => CLIENTS.filter((client) => client.variation === variation);
    await expectFigures(card(lead, VARIATION_HEADING.standard), ofVariation('standard'));
    await expectTooFew(card(lead, VARIATION_HEADING.extra_cheques), ofVariation('extra_cheques').length);
    await expectTooFew(card(lead, VARIATION_HEADING.digibuddy), ofVariation('digibuddy').length);
    await expectTooFew(card(lead, VARIATION_HEADING.laptop_only), 0);
    await expectNoSeriousA11yViolations(lead, 'the outcome comparison with figures');
  });
});
