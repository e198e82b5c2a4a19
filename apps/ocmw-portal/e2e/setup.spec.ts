import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi, expectNoSeriousA11yViolations, signInAsDemo } from '@digipakket/portal-kit/e2e';
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
    await signInAsDemo(page, 'ocmwAdmin');
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
    await signInAsDemo(page, 'projectLead');
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

type Branding = {
  name: string;
  contactPhone: string;
  contactEmail: string | null;
  address: string | null;
  footer: string;
  logoPngBase64: string | null;
  partners: { id: string; name: string; phone: string | null }[];
};

/** The saved details as the body that saves them again. */
function brandingBody(branding: Branding) {
  return {
    name: branding.name,
    contactPhone: branding.contactPhone,
    ...(branding.contactEmail ? { contactEmail: branding.contactEmail } : {}),
    ...(branding.address ? { address: branding.address } : {}),
    ...(branding.footer ? { footer: branding.footer } : {}),
    ...(branding.logoPngBase64 ? { logoPngBase64: branding.logoPngBase64 } : {}),
    partnerPhones: Object.fromEntries(
      branding.partners.flatMap((partner) => (partner.phone ? [[partner.id, partner.phone]] : [])),
    ),
  };
}

/** The text of a client's printed cheques (pdftotext), as a social worker downloads them. */
async function printedCheques(page: Page): Promise<string> {
  const { items } = (await callApi(page, 'GET', '/clients?limit=50')) as { items: { id: string }[] };
  for (const client of items) {
    const res = await page.request.get(`/api/clients/${client.id}/documents/cheques.pdf?language=nl`);
    if (res.status() !== 200) continue;
    const folder = mkdtempSync(join(tmpdir(), 'dp-cheques-'));
    try {
      const file = join(folder, 'cheques.pdf');
      writeFileSync(file, await res.body());
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0]+/g, ' ');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  throw new Error('No demo client with cheques to print');
}

test.describe('the details on the documents', () => {
  test('the admin changes the phone for questions and a partner phone, and the printed cheques show them', async ({
    page,
    browser,
  }) => {
    await signInAsDemo(page, 'ocmwAdmin');
    const demo = (await callApi(page, 'GET', '/branding')) as Branding;
    try {
      await page.goto('/ocmw/admin');
      const section = page.getByRole('region', { name: 'Gegevens op de documenten' });
      await expect(section.getByLabel('Naam op de documenten')).toHaveValue(demo.name);
      await expect(section).not.toContainText('Vul de gegevens in voor de documenten');
      await expect(section.getByRole('img', { name: 'Het huidige logo' })).toBeVisible();
      for (const label of ['E-mail voor vragen', 'Adres', 'Voettekst', 'Logo (PNG)']) {
        await expect(section.getByLabel(label, { exact: true })).toHaveCount(1);
      }

      // A phone that is not one is refused beside its field, and nothing is saved.
      const phone = section.getByLabel('Telefoon voor vragen');
      await phone.fill('12');
      await section.getByRole('button', { name: 'Gegevens bewaren' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Telefoon voor vragen' })).toBeFocused();
      await expect(phone).toHaveAttribute('aria-invalid', 'true');
      await expectNoSeriousA11yViolations(page, 'the details on the documents with a refused phone');

      await phone.fill('09 123 45 67');
      await section.getByLabel('Telefoon van Beego').fill('09 765 43 21');
      await section.getByRole('button', { name: 'Gegevens bewaren' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'De gegevens op de documenten zijn bewaard.' }),
      ).toBeVisible();
      await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
      await expectNoSeriousA11yViolations(page, 'the details on the documents, saved');

      const { baseURL, locale } = test.info().project.use;
      const worker = await browser.newPage({ baseURL, locale });
      try {
        await signInAsDemo(worker, 'socialWorker');
        const cheques = await printedCheques(worker);
        expect(cheques).toContain('Bel Beego op 09 765 43 21.');
        expect(cheques).toContain('Vragen? Bel 09 123 45 67');
      } finally {
        await worker.close();
      }
    } finally {
      // The demo's own details again, for the other browser tests.
      await callApi(page, 'PUT', '/branding', brandingBody(demo));
    }
    expect(await callApi(page, 'GET', '/branding')).toEqual(demo);
  });

  test('the project lead reads the details on the documents but cannot change them', async ({ page }) => {
    await signInAsDemo(page, 'projectLead');
    await page.goto('/ocmw/admin');
    const section = page.getByRole('region', { name: 'Gegevens op de documenten' });
    await expect(section).toContainText('De beheerder vult deze gegevens in.');
    await expect(section).toContainText('Telefoon van Beego');
    await expect(section.getByRole('button', { name: 'Gegevens bewaren' })).toHaveCount(0);
    await expect(section.getByRole('textbox')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the details on the documents, read by the project lead');
  });
});
