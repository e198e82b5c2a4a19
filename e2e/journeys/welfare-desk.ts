import {
  type DeskClient,
  drawSignature,
  fillClientForm,
  openFromMenu,
  SKILL_QUESTIONS_NL,
} from '@digipakket/portal-kit/e2e';
import { expect, type Locator, type Page } from '@playwright/test';

/** Picks the one option whose text matches, as a user reads the list. */
export async function chooseOption(select: Locator, text: RegExp) {
  const option = select.getByRole('option', { name: text });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value'))!);
}

/**
 * On an approved client's page: reserves the first delivered laptop whose serial starts with
 * `serialPrefix`, hands it out with the client's signature drawn on the pad, and hands out the
 * cheques; the codes of the `cheques` printed.
 */
export async function equip(
  desk: Page,
  { serialPrefix, cheques }: { serialPrefix: string; cheques: number },
) {
  const stock = desk.getByLabel('Laptop uit voorraad');
  const delivered = stock.locator('option', { hasText: `${serialPrefix}-` });
  await expect(delivered.first()).toBeAttached();
  const serial = new RegExp(`${serialPrefix}-\\d`).exec((await delivered.first().textContent()) ?? '')![0];
  await chooseOption(stock, new RegExp(serial));
  await desk.getByRole('button', { name: 'Laptop reserveren' }).click();
  await expect(desk.locator('.page-header .badge')).toContainText('Laptop gereserveerd');
  await desk.getByRole('link', { name: 'Laptop meegeven' }).click();
  await desk.getByRole('button', { name: 'Meegeven bevestigen' }).click();
  await drawSignature(desk, [
    [90, 60],
    [160, 150],
    [240, 70],
    [320, 130],
  ]);
  await desk.getByRole('button', { name: 'Meegeven bevestigen' }).click();
  await expect(desk.locator('.page-header .badge')).toContainText('Laptop ontvangen');
  await desk.getByRole('button', { name: 'Cheques uitreiken' }).click();
  const rows = desk.getByRole('table', { name: 'Cheques thuishulp' }).getByRole('rowheader');
  await expect(rows).toHaveCount(cheques);
  return { codes: (await rows.allTextContents()).map((code) => code.trim()) };
}

/** Registers a new client from the main menu; returns the client's id, read from their page's address. */
export async function registerClient(desk: Page, client: DeskClient): Promise<string> {
  await openFromMenu(desk, 'Nieuwe cliënt');
  await fillClientForm(desk, client);
  await desk.getByRole('button', { name: 'Cliënt toevoegen' }).click();
  await expect(
    desk.getByRole('heading', { level: 1, name: `${client.firstName} ${client.lastName}` }),
  ).toBeVisible();
  return /\/clients\/(cli_[^/?#]+)/.exec(desk.url())![1]!;
}

/**
 * A package other than the recommended one, with the reason the social worker gives; the Digibuddy
 * is left as recommended when `digibuddy` is not said.
 */
export type PackageChange = { cheques: number; basicCourse: boolean; digibuddy?: boolean; reason: string };

/**
 * A client a journey follows: as the social worker types them in (the journey gives the file number
 * and birth date at the desk), the package the intake changes to, and what the steps learn on the
 * way (the client's id, the codes of the cheques handed out).
 */
export type JourneyClient = Omit<DeskClient, 'fileNumber' | 'birthDate'> & {
  packageChange?: PackageChange;
  id?: string;
  codes?: string[];
};

async function setCheckbox(box: Locator, checked: boolean) {
  if (checked) await box.check();
  else await box.uncheck();
}

/**
 * From a new client's page, the intake of someone who looks for work, has no laptop and cannot pay
 * for one, and can do none of the skills alone: approved in the wave whose name matches `wave`, with
 * the package changed when `packageChange` says so.
 */
export async function approveAtIntake(
  desk: Page,
  { wave, packageChange }: { wave: RegExp; packageChange?: PackageChange | undefined },
) {
  await desk.getByRole('link', { name: 'Intake starten' }).click();
  await desk.getByLabel('Werk').check();
  await desk
    .getByRole('group', { name: 'Is er al een bruikbare laptop in het gezin?' })
    .getByLabel('Nee')
    .check();
  await desk.getByRole('group', { name: 'Kan de cliënt zelf een laptop betalen?' }).getByLabel('Nee').check();
  await desk.getByRole('button', { name: 'Volgende' }).click();
  for (const question of SKILL_QUESTIONS_NL) {
    await desk.getByRole('group', { name: question }).getByLabel('Niet').check();
  }
  await desk.getByRole('button', { name: 'Volgende' }).click();
  await expect(desk.getByText('De cliënt voldoet aan elke regel.')).toBeVisible();
  if (packageChange) {
    await desk.getByLabel('Pakket aanpassen').check();
    await desk.getByLabel('Aantal cheques').fill(String(packageChange.cheques));
    await setCheckbox(desk.getByLabel('basisopleiding (3 dagdelen)'), packageChange.basicCourse);
    if (packageChange.digibuddy !== undefined) {
      await setCheckbox(desk.getByLabel('Digibuddy', { exact: true }), packageChange.digibuddy);
    }
    await desk.getByLabel('Waarom een ander pakket?').fill(packageChange.reason);
  }
  await chooseOption(desk.getByLabel('Golf', { exact: true }), wave);
  await desk.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(desk.locator('.page-header .badge')).toContainText('Goedgekeurd');
}

/**
 * On the client's page: enrols the client in the course group whose name matches `group`, which may
 * have started already (a started group is offered when asked for).
 */
export async function enrolInGroup(desk: Page, { clientId, group }: { clientId: string; group: string }) {
  await desk.goto(`/ocmw/clients/${clientId}`);
  const training = desk.getByRole('region', { name: 'Basisopleiding' });
  await training.getByLabel('Ook groepen tonen die al gestart zijn').check();
  await chooseOption(training.getByLabel('Groep', { exact: true }), new RegExp(group));
  await training.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(training.getByRole('listitem').filter({ hasText: group })).toContainText('ingeschreven');
}
