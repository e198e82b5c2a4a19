import { openFromMenu, planLessons } from '@digipakket/portal-kit/e2e';
import { expect, type Page } from '@playwright/test';
import { chooseOption } from './welfare-desk';

// The steps that set a programme up before its first client: laptops in stock and a course group.

/** The project lead receives a delivery of laptops, funded by `programme`, from the Laptops page. */
export async function receiveLaptops(
  lead: Page,
  { programme, serials }: { programme: string; serials: string[] },
) {
  await openFromMenu(lead, 'Laptops');
  await lead.getByRole('link', { name: 'Levering ontvangen' }).click();
  await lead.getByLabel('Model').fill('Lenovo ThinkPad E14 Gen 6');
  await lead.getByLabel('Financiering').fill(programme);
  await lead.getByLabel('Serienummers').fill(serials.join('\n'));
  await lead.getByRole('button', { name: 'Levering ontvangen' }).click();
  await expect(lead.getByRole('link', { name: serials.at(-1)! })).toBeVisible();
}

/**
 * The Ligo coordinator makes a course group of `programme` with Tom Lesgever, eight seats and support
 * in `language`, and plans its lessons on `days`.
 */
export async function planGroup(
  coordinator: Page,
  { name, programme, language, days }: { name: string; programme: string; language: string; days: string[] },
) {
  await coordinator.getByLabel('Naam van de groep').fill(name);
  await chooseOption(coordinator.getByLabel('Programma'), new RegExp(programme));
  await coordinator.getByLabel(/^Lesgever/).selectOption({ label: 'Tom Lesgever' });
  await coordinator.getByLabel('Aantal plaatsen').fill('8');
  await coordinator.getByRole('checkbox', { name: language }).check();
  await coordinator.getByRole('button', { name: 'Groep maken' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name })).toBeVisible();
  await planLessons(coordinator, days);
}
