import { DEMO_ACCOUNTS, expectNoSeriousA11yViolations, signIn } from '@digipakket/portal-kit/e2e';
import { expect, type Page, test } from '@playwright/test';

type Digipunt = {
  name: string;
  street: string;
  postcode: string;
  city: string;
  neighbourhood?: string;
  lat?: number;
  lon?: number;
  openingHours: string;
  languages: string[];
  phone?: string;
};

const COLUMNS = 'name,street,postcode,city,neighbourhood,lat,lon,opening_hours,languages,phone';
const cell = (value: string | number | undefined) => `"${String(value ?? '').replaceAll('"', '""')}"`;

/** The directory as a CSV in the documented format (docs/digipunten-format.md). */
function toCsv(points: Digipunt[]): string {
  const rows = points.map((point) =>
    [
      point.name,
      point.street,
      point.postcode,
      point.city,
      point.neighbourhood,
      point.lat,
      point.lon,
      point.openingHours,
      point.languages.join('|'),
      point.phone,
    ]
      .map(cell)
      .join(','),
  );
  return [COLUMNS, ...rows].join('\n');
}

async function directory(page: Page): Promise<Digipunt[]> {
  const res = await page.request.get('/api/digipunten');
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: Digipunt[] };
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

test.describe('setting up the welfare centre on the Beheer page', () => {
  test('the admin sees the running programme with its partners instead of the start form, on an accessible page', async ({
    page,
  }) => {
    await signIn(page, { portal: 'ocmw', email: DEMO_ACCOUNTS.ocmwAdmin });
    await page.goto('/ocmw/admin');
    const programme = page.getByRole('region', { name: 'Programma', exact: true });
    await expect(programme).toContainText(/Digipakket \d{4}/);
    await expect(programme).toContainText('Beego');
    await expect(programme).toContainText('Ligo');
    await expect(programme.getByRole('button', { name: 'Programma starten' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Digipunten' })).toContainText(
      /Er staan \d+ Digipunten in de lijst\./,
    );
    await expectNoSeriousA11yViolations(page, 'the Beheer page with its programme and Digipunten');
  });

  test('the project lead checks a Digipunten file, sees each refused row, and loads the list again unchanged', async ({
    page,
  }) => {
    await signIn(page, { portal: 'ocmw', email: DEMO_ACCOUNTS.projectLead });
    const before = await directory(page);
    expect(before.length).toBeGreaterThan(1);
    await page.goto('/ocmw/admin');
    const section = page.getByRole('region', { name: 'Digipunten' });
    await expect(section).toContainText(`Er staan ${before.length} Digipunten in de lijst.`);
    const file = section.getByLabel('Bestand met Digipunten (CSV of GeoJSON)');

    const broken = toCsv([before[0]!, { ...before[1]!, postcode: '90' }]);
    await file.setInputFiles({ name: 'digipunten.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await section.getByRole('button', { name: 'Nakijken' }).click();
    await expect(section).toContainText('1 rijen zijn in orde, 1 rijen worden geweigerd.');
    const refused = section.getByRole('list', { name: 'Geweigerde rijen' }).getByRole('listitem');
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('Rij 3, postcode');
    await expectNoSeriousA11yViolations(page, 'the Digipunten section with refused rows');

    // The same directory again, so the other browser tests keep the demo's Digipunten.
    await file.setInputFiles({
      name: 'digipunten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(toCsv(before)),
    });
    await section.getByRole('button', { name: 'Nakijken' }).click();
    await expect(section).toContainText(`${before.length} rijen zijn in orde, 0 rijen worden geweigerd.`);
    await section.getByRole('button', { name: 'Importeren' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `De Digipunten zijn ingelezen: ${before.length} in de lijst.` }),
    ).toBeVisible();
    await expect(section).toContainText(`Er staan ${before.length} Digipunten in de lijst.`);
    expect(await directory(page)).toEqual(before);
  });
});
