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
  const pad = desk.getByRole('img', { name: 'Tekenvlak voor de handtekening' });
  const box = (await pad.boundingBox())!;
  await desk.mouse.move(box.x + 40, box.y + 120);
  await desk.mouse.down();
  for (const [x, y] of [
    [90, 60],
    [160, 150],
    [240, 70],
    [320, 130],
  ] as const) {
    await desk.mouse.move(box.x + x, box.y + y, { steps: 5 });
  }
  await desk.mouse.up();
  await desk.getByRole('button', { name: 'Meegeven bevestigen' }).click();
  await expect(desk.locator('.page-header .badge')).toContainText('Laptop ontvangen');
  await desk.getByRole('button', { name: 'Cheques uitreiken' }).click();
  const rows = desk.getByRole('table', { name: 'Cheques thuishulp' }).getByRole('rowheader');
  await expect(rows).toHaveCount(cheques);
  return { codes: (await rows.allTextContents()).map((code) => code.trim()) };
}
