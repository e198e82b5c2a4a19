import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  brusselsDate,
  expectNoSeriousA11yViolations,
  openAttendance,
  openFromMenu,
} from '@digipakket/portal-kit/e2e';
import { fakeCameraArgs, filmFirstPageOfCheques } from '@digipakket/portal-kit/e2e/camera';
import { chromium, expect, type Page, test } from '@playwright/test';
import { castOnEmptyDeployment } from './cast';
import { planGroup, receiveLaptops } from './programme-setup';
import { brusselsHoursAhead, signInAs } from './roles';
import { SCREENS } from './screens';
import { approveAtIntake, enrolInGroup, equip, type JourneyClient, registerClient } from './welfare-desk';

/**
 * The whole programme on a deployment that starts empty: the operator's command line makes the
 * tenant, its partners and one account per role; everything after that happens in the portals, by
 * each role on its own screen, on data this journey makes itself. Four clients reach the end of
 * their trajectory in the fiche's variations: the full path, a drop-out, extra cheques instead of
 * group sessions, and a Digibuddy.
 */

type Client = JourneyClient & { languageName: string };

const stamp = Date.now().toString(36).toUpperCase();
const clients = {
  full: {
    firstName: 'Amina',
    lastName: 'El Amrani',
    language: 'ar',
    languageName: 'Arabisch',
    street: 'Land van Waaslaan 12',
    postcode: '9040',
    phone: '0470 12 34 01',
  },
  dropOut: {
    firstName: 'Jan',
    lastName: 'De Smet',
    language: 'nl',
    languageName: 'Nederlands',
    street: 'Sleepstraat 10',
    postcode: '9000',
    phone: '0470 12 34 02',
  },
  extraCheques: {
    firstName: 'Olena',
    lastName: 'Kovalenko',
    language: 'uk',
    languageName: 'Oekraïens',
    street: 'Hundelgemsesteenweg 200',
    postcode: '9050',
    phone: '0470 12 34 03',
    packageChange: {
      cheques: 4,
      basicCourse: false,
      digibuddy: false,
      reason: 'Groepslessen zijn een te hoge drempel: extra cheques voor hulp aan huis in de plaats.',
    },
  },
  buddy: {
    firstName: 'Maria',
    lastName: 'Popescu',
    language: 'ro',
    languageName: 'Roemeens',
    street: 'Dampoortstraat 5',
    postcode: '9000',
    phone: '0470 12 34 04',
    packageChange: {
      cheques: 2,
      basicCourse: false,
      digibuddy: true,
      reason: 'Durft niet in een groep: een Digibuddy in de plaats van de groepslessen.',
    },
  },
} satisfies Record<string, Client>;
const fullName = (client: Client) => `${client.firstName} ${client.lastName}`;

const PROGRAMME = 'Digitaal pakket Gent 2027';
const WAVE = 'Golf 1 — voorjaar';
const GROUP = 'Basis digitaal — Dampoort';
// Two half-days past and one today: the group has started, and a teacher marks a lesson from its day on.
const LESSON_DAYS = [brusselsDate(-2), brusselsDate(-1), brusselsDate(0)];
const SERIALS = [1, 2, 3, 4].map((index) => `PF-${stamp}-${index}`);

/** Where a step saves the screenshot the new-deployment guide shows. */
const guideImage = (name: string) => new URL(`../../docs/images/${name}.png`, import.meta.url).pathname;

const { as, deployment } = castOnEmptyDeployment({ port: Number(process.env.E2E_PORT ?? 3199) + 1 });

test.describe('a deployment without demo data, from the first sign-in to four closed trajectories', () => {
  test('the admin starts the programme with both partners and loads the Digipunten', async ({ browser }) => {
    const admin = await as(browser, 'admin');
    await openFromMenu(admin, 'Beheer');
    const programme = admin.getByRole('region', { name: 'Programma', exact: true });
    await expect(programme).toContainText('Er is nog geen programma.');
    await programme.getByLabel('Naam van het programma').fill(PROGRAMME);
    await programme.getByLabel('Hulp aan huis door').selectOption({ label: 'Beego Gent' });
    await programme.getByLabel('Basisopleiding door').selectOption({ label: 'Ligo Gent' });
    await expectNoSeriousA11yViolations(admin, 'the admin page of an empty deployment');
    await programme.screenshot({ path: guideImage('setup-programme') });
    await programme.getByRole('button', { name: 'Programma starten' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Het programma is gestart.' })).toBeVisible();
    await expect(admin.getByText(PROGRAMME).first()).toBeVisible();

    const directory = admin.getByRole('region', { name: 'Digipunten', exact: true });
    await expect(directory).toContainText('Er staan 0 Digipunten in de lijst.');
    await directory.getByLabel('Bestand met Digipunten (CSV of GeoJSON)').setInputFiles({
      name: 'digipunten-gent.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(new URL('./digipunten-gent.csv', import.meta.url)),
    });
    await directory.getByRole('button', { name: 'Nakijken' }).click();
    await directory.screenshot({ path: guideImage('setup-digipunten') });
    await directory.getByRole('button', { name: 'Importeren' }).click();
    await expect(
      admin.getByRole('status').filter({ hasText: 'De Digipunten zijn ingelezen: 10 in de lijst.' }),
    ).toBeVisible();
    await expect(directory).toContainText('Er staan 10 Digipunten in de lijst.');

    // What every printed page says about whom to call.
    const details = admin.getByRole('region', { name: 'Gegevens op de documenten', exact: true });
    await expect(details).toContainText(
      'zonder telefoonnummer staat er op de papieren geen nummer om te bellen',
    );
    await details.getByLabel('Telefoon voor vragen').fill('09 266 00 00');
    await details.getByLabel('Telefoon van Beego Gent').fill('09 244 00 00');
    await details.getByLabel('Telefoon van Ligo Gent').fill('09 265 90 40');
    await details.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await expect(
      admin.getByRole('status').filter({ hasText: 'De gegevens op de documenten zijn bewaard.' }),
    ).toBeVisible();
  });

  test('the project lead receives the delivery of laptops', async ({ browser }) => {
    const lead = await as(browser, 'projectLead');
    await receiveLaptops(lead, { programme: PROGRAMME, serials: SERIALS });
    await expect(lead.getByRole('heading', { level: 1, name: 'Laptops' })).toBeVisible();
  });

  test('the Ligo coordinator plans a group of three half-days on a tablet', async ({ browser }) => {
    const coordinator = await as(browser, 'ligoCoordinator');
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Cursusgroepen' })).toBeVisible();
    await planGroup(coordinator, {
      name: GROUP,
      programme: PROGRAMME,
      language: 'Arabisch',
      days: LESSON_DAYS,
    });
  });

  test('the project lead plans a wave within the laptops, hours and seats there are', async ({ browser }) => {
    const lead = await as(browser, 'projectLead');
    await openFromMenu(lead, 'Golven');
    await lead.getByLabel('Naam van de golf').fill(WAVE);
    // The pickup started a week ago, before the group's first lesson, whose seats it may count on.
    await lead.getByLabel('Afhalen vanaf').fill(brusselsDate(-7));
    await lead.getByLabel('Afhalen tot en met').fill(brusselsDate(21));
    await lead.getByLabel('Laptops', { exact: true }).fill(String(SERIALS.length));
    await lead.getByLabel('Uren hulp aan huis').fill('8');
    await lead.getByLabel('Plaatsen in de opleiding').fill('2');
    await expect(lead.getByText('Deze golf gaat verder dan wat er is')).toHaveCount(0);
    await lead.getByRole('button', { name: 'Golf plannen' }).click();
    await expect(lead.getByRole('table').getByRole('row').filter({ hasText: WAVE })).toBeVisible();
    await lead.screenshot({ path: guideImage('setup-wave'), fullPage: true });
  });

  test('the social worker registers four clients, approves their packages and equips them', async ({
    browser,
  }) => {
    const desk = await as(browser, 'socialWorker');
    for (const client of Object.values(clients) as Client[]) {
      client.id = await registerClient(desk, {
        ...client,
        fileNumber: `GENT-${stamp}-${client.firstName.toUpperCase()}`,
        birthDate: '1981-03-21',
        interpreter: client.language !== 'nl',
      });
      await approveAtIntake(desk, { wave: new RegExp(WAVE), packageChange: client.packageChange });
      client.codes = (
        await equip(desk, { serialPrefix: `PF-${stamp}`, cheques: client.packageChange?.cheques ?? 2 })
      ).codes;
    }
    const full = clients.full as Client;
    await desk.goto(`/ocmw/clients/${full.id}`);
    await expect(desk.getByText('Arabisch, tolk nodig')).toBeVisible();
    for (const client of [clients.full, clients.dropOut] as Client[]) {
      // The group's first lesson was two days ago: a started group is offered when asked for.
      await enrolInGroup(desk, { clientId: client.id!, group: GROUP });
    }
    for (const client of [clients.extraCheques, clients.buddy] as Client[]) {
      await desk.goto(`/ocmw/clients/${client.id}`);
      await expect(desk.getByRole('region', { name: 'Basisopleiding' })).toContainText(
        'De basisopleiding hoort niet bij het pakket.',
      );
    }
  });

  test('the printed pack of a client typed in with a Gent address lists the Digipunten nearest her home', async ({
    browser,
  }, testInfo) => {
    const desk = await as(browser, 'socialWorker');
    const full = clients.full as Client;
    await desk.goto(`/ocmw/clients/${full.id}`);
    const href = await desk.getByTestId('welcome-pack-link').getAttribute('href');
    const pdf = await desk.request.get(href!.replace(/language=[a-z]+/, 'language=nl'));
    expect(pdf.status()).toBe(200);
    const pdfPath = testInfo.outputPath('welcome-pack.pdf');
    writeFileSync(pdfPath, await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const listed = [...text.matchAll(/Digipunt [A-Z][\w-]+(?: [A-Z][\w-]+)?(?: [A-Z][\w-]+)?/g)].map(
      (match) => match[0],
    );
    // Land van Waaslaan in Sint-Amandsberg: the library there and Dampoort are closest; Wondelgem,
    // Brugse Poort and Nieuw Gent, across town, are not printed as near her.
    expect(listed[0]).toBe('Digipunt Bibliotheek Sint-Amandsberg');
    expect(listed).toContain('Digipunt Dienstencentrum Dampoort');
    for (const far of ['Wondelgem', 'Brugse Poort', 'Nieuw Gent']) {
      expect(text).not.toContain(`Digipunt Bibliotheek ${far}`);
    }
    // An Arabic-speaking client also gets the nearest Digipunt where Arabic is spoken.
    expect(text).toContain('Digipunt Wijkhuis Sluizeken');
  });

  test('the social worker invites clients to an info moment, records who came, and gives it one to one', async ({
    browser,
  }) => {
    const desk = await as(browser, 'socialWorker');
    await openFromMenu(desk, 'Infomomenten');
    const plan = desk.getByRole('form', { name: 'Infomoment plannen' });
    await plan.getByLabel('Datum en uur', { exact: true }).fill(`${brusselsDate(-1)}T14:00`);
    await plan.getByLabel('Plaats', { exact: true }).fill('Sociaal Huis Sint-Amandsberg');
    await plan.getByLabel('Aantal plaatsen', { exact: true }).fill('12');
    await plan.getByRole('button', { name: 'Infomoment plannen' }).click();
    await desk
      .getByRole('row', { name: /Sociaal Huis Sint-Amandsberg/ })
      .getByRole('link')
      .click();
    for (const client of [clients.full, clients.dropOut, clients.buddy] as Client[]) {
      await desk.getByRole('checkbox', { name: new RegExp(fullName(client)) }).check();
    }
    await desk.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(desk.getByTestId('info-moment-summary')).toContainText('3 van 12 plaatsen');
    for (const client of [clients.full, clients.buddy] as Client[]) {
      await desk.getByRole('button', { name: `Aanwezig: ${fullName(client)}` }).click();
    }
    await desk.getByRole('button', { name: `Afwezig: ${fullName(clients.dropOut)}` }).click();
    await expect(desk.getByTestId('info-moment-summary')).toContainText('2 aanwezig');

    const extra = clients.extraCheques as Client;
    await desk.goto(`/ocmw/clients/${extra.id}`);
    const info = desk.getByRole('region', { name: 'Infomoment' });
    await info.getByRole('button', { name: 'Infomoment gegeven (individueel)' }).click();
    await expect(info.getByTestId('client-info-state')).toContainText('Infomoment individueel gegeven op');
  });

  test('the Beego coordinator plans visits on a phone, with the client’s phone at hand, and notes a client not at home', async ({
    browser,
  }) => {
    const coordinator = await as(browser, 'beegoCoordinator');
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Wachtrij' })).toBeVisible();
    const full = clients.full as Client;
    const card = coordinator.locator('li.card', { hasText: fullName(full) }).first();
    await expect(card.getByRole('link', { name: new RegExp(full.phone.replace(/ /g, ' ?')) })).toBeVisible();
    await card.getByLabel('Student').selectOption({ label: 'Sami Student' });
    await card.getByLabel('Afspraak').fill(brusselsHoursAhead(2));
    await card.getByRole('button', { name: 'Inplannen' }).click();
    await expect(coordinator.getByText(`Bezoek bij ${fullName(full)} ingepland.`)).toBeVisible();

    const extra = clients.extraCheques as Client;
    const extraCard = coordinator.locator('li.card', { hasText: fullName(extra) }).first();
    await extraCard.getByLabel('Student').selectOption({ label: 'Sami Student' });
    await extraCard.getByLabel('Afspraak').fill(brusselsHoursAhead(5));
    await extraCard.getByRole('button', { name: 'Inplannen' }).click();
    const planned = coordinator.getByRole('region', { name: /Ingeplande bezoeken/ });
    await planned
      .locator('li.card', { hasText: fullName(extra) })
      .getByRole('button', { name: 'Niet thuis' })
      .click();
    await expect(coordinator.getByText(`${fullName(extra)} was niet thuis`)).toBeVisible();
    await expectNoSeriousA11yViolations(coordinator, 'the queue on a phone');
  });

  test('the student redeems every cheque on a phone: the first by scanning the printed cheque', async ({
    browser,
  }, testInfo) => {
    const desk = await as(browser, 'socialWorker');
    const full = clients.full as Client;
    const pdf = await desk.request.get(`/api/clients/${full.id}/documents/cheques.pdf?language=nl`);
    expect(pdf.status()).toBe(200);
    const pdfPath = testInfo.outputPath('cheques.pdf');
    writeFileSync(pdfPath, await pdf.body());
    const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(printed).toMatch(/Bel Beego Gent op 09\s244\s00\s00/);
    const { videoPath } = filmFirstPageOfCheques(pdfPath);

    // The student's phone films the first printed cheque; it has no BarcodeDetector, as on an iPhone.
    const camera = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', ...fakeCameraArgs(videoPath)],
    });
    try {
      const phone = await camera.newContext({
        ...SCREENS.phone,
        baseURL: deployment().baseURL,
        permissions: ['camera'],
      });
      await phone.addInitScript(() => {
        delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
      });
      const student = await phone.newPage();
      await signInAs(student, 'student');
      await student.getByRole('link', { name: fullName(full), exact: true }).click();
      await student.getByRole('main').getByRole('link', { name: 'Cheque inwisselen' }).click();
      await student.getByRole('button', { name: 'Scan de QR-code' }).click();
      const field = student.getByLabel('Code van de cheque');
      await expect(field).not.toHaveValue('', { timeout: 20_000 });
      const scanned = (await field.inputValue()).replace(/-/g, '');
      expect(full.codes!.map((code) => code.replace(/-/g, ''))).toContain(scanned);
      await student.getByRole('button', { name: 'Verder' }).click();
      await writeVisit(student, {
        note: 'Wifi ingesteld en samen een e-mail met bijlage gestuurd.',
        followUp: 'Wil hulp bij het aanvragen van het sociaal tarief voor internet.',
      });
      await expectNoSeriousA11yViolations(student, 'the redeemed cheque');
      full.codes = full.codes!.filter((code) => code.replace(/-/g, '') !== scanned);
      await phone.close();
    } finally {
      await camera.close();
    }

    const student = await as(browser, 'student');
    for (const client of [clients.full, clients.extraCheques, clients.buddy] as Client[]) {
      for (const code of client.codes!) {
        await student.goto('/beego/');
        await student.getByRole('main').getByRole('link', { name: 'Cheque inwisselen' }).click();
        await student.getByLabel('Code van de cheque').fill(code);
        await student.getByRole('button', { name: 'Verder' }).click();
        await writeVisit(student, { note: `Bij ${client.firstName}: e-mail en videobellen geoefend.` });
      }
    }
  });

  test('the teacher marks the three half-days on a tablet, one of them absent with a note', async ({
    browser,
  }) => {
    const teacher = await as(browser, 'teacher');
    const full = clients.full as Client;
    const dropOut = clients.dropOut as Client;
    const marks: [string, string][] = [
      ['Aanwezig', 'Afwezig'],
      ['Afwezig', 'Afwezig'],
      ['Aanwezig', 'Afwezig'],
    ];
    for (const [index, [forFull, forDropOut]] of marks.entries()) {
      await openAttendance(teacher, GROUP, index);
      await markAttendance(teacher, full, forFull);
      await markAttendance(teacher, dropOut, forDropOut);
      if (index === 1) {
        const row = learnerRow(teacher, full);
        await row.getByLabel(`Notitie bij ${fullName(full)}`).fill('Ziek, belde zelf af.');
        await row.getByRole('button', { name: 'Notitie bewaren' }).click();
        await expect(row.getByText('Bewaard', { exact: true })).toBeVisible();
      }
    }
    await expectNoSeriousA11yViolations(teacher, 'the attendance list on a tablet');

    const coordinator = await as(browser, 'ligoCoordinator');
    await coordinator.goto('/ligo/');
    await coordinator.getByRole('link', { name: GROUP }).click();
    const learners = coordinator.getByRole('list', { name: 'Cursisten en wachtlijst' });
    const card = learners.getByRole('listitem').filter({ hasText: full.lastName });
    await expect(card).toContainText('Cursus voltooid (2 van 3)');
    await card.getByLabel('Welke cursus?').fill('Computer — vervolgcursus');
    await card.getByRole('button', { name: 'Beslissing bewaren' }).click();
    await expect(card).toContainText('Doorverwezen naar Computer — vervolgcursus');
  });

  test('the social worker sees what each partner saw and closes every trajectory', async ({ browser }) => {
    const desk = await as(browser, 'socialWorker');
    const full = clients.full as Client;
    await desk.goto(`/ocmw/clients/${full.id}`);
    const seen = desk.getByRole('region', { name: 'Wat de partners zagen' });
    await expect(seen).toContainText('Wifi ingesteld en samen een e-mail met bijlage gestuurd.');
    await expect(seen).toContainText('Wil hulp bij het aanvragen van het sociaal tarief voor internet.');
    await expect(seen).toContainText('afwezig');
    await expect(seen).toContainText('Ziek, belde zelf af.');
    await expect(desk.getByRole('region', { name: 'Basisopleiding' })).toContainText(
      'Doorverwezen naar Computer — vervolgcursus',
    );
    await recordDigipunten(desk);
    await completeTrajectory(desk);
    await expectNoSeriousA11yViolations(desk, 'the client page of a completed trajectory');
    await desk.mouse.move(0, 0);
    await desk.screenshot({ path: guideImage('journey-completed'), fullPage: true });

    const extra = clients.extraCheques as Client;
    await desk.goto(`/ocmw/clients/${extra.id}`);
    await expect(desk.getByRole('region', { name: 'Wat de partners zagen' })).toContainText('Niet thuis');
    await recordDigipunten(desk);
    await completeTrajectory(desk);

    const buddy = clients.buddy as Client;
    await desk.goto(`/ocmw/clients/${buddy.id}`);
    const card = desk.getByRole('region', { name: 'Digibuddy' });
    await card.getByLabel('Naam van de buddy').fill('Mieke Janssens');
    await card.getByLabel('Telefoon van de buddy').fill('0470 99 88 77');
    await card.getByRole('button', { name: 'Koppelen' }).click();
    await expect(card.getByTestId('buddy-status')).toHaveText('De cliënt heeft een Digibuddy.');
    await card.getByLabel('Korte notitie').fill('Samen de e-box van de overheid geopend.');
    await card.getByRole('button', { name: 'Afspraak registreren' }).click();
    await expect(card).toContainText('Samen de e-box van de overheid geopend.');
    await card.getByRole('button', { name: 'Koppeling beëindigen' }).click();
    await card.getByRole('button', { name: 'Beëindigen', exact: true }).click();
    await expect(card.getByTestId('buddy-status')).toHaveText('Geen actieve Digibuddy.');
    await recordDigipunten(desk);
    await completeTrajectory(desk);

    const dropOut = clients.dropOut as Client;
    await desk.goto(`/ocmw/clients/${dropOut.id}`);
    const end = desk.getByRole('region', { name: 'Traject afronden of stopzetten' });
    await end.getByRole('radio', { name: 'Traject stopzetten' }).check();
    await end.getByLabel('Reden', { exact: true }).selectOption({ label: 'Afgehaakt' });
    await end.getByLabel('Notitie', { exact: true }).fill('Kwam niet meer naar de lessen en neemt niet op.');
    await end.getByRole('button', { name: 'Traject stopzetten' }).click();
    await expect(desk.locator('.page-header .badge')).toContainText('Afgehaakt');
  });

  test('the project lead sees the four endings on the dashboard', async ({ browser }) => {
    const lead = await as(browser, 'projectLead');
    await openFromMenu(lead, 'Dashboard');
    const figure = (label: string) => lead.getByRole('listitem').filter({ hasText: label });
    await expect(figure('Trajecten afgerond')).toHaveText(/^\s*3\s*Trajecten afgerond/);
    await expect(figure('Trajecten vroegtijdig stopgezet')).toHaveText(
      /^\s*1\s*Trajecten vroegtijdig stopgezet/,
    );
    await expect(lead.getByRole('row', { name: /^Afgehaakt/ })).toContainText('1');
    await expectNoSeriousA11yViolations(lead, 'the dashboard after the first wave');
  });
});

async function writeVisit(student: Page, { note, followUp }: { note: string; followUp?: string }) {
  await expect(student.getByRole('heading', { level: 2, name: 'Het bezoek' })).toBeVisible();
  await student.getByLabel('Duur in minuten').fill('60');
  await student.getByRole('checkbox', { name: 'Wifi' }).check();
  await student.getByRole('checkbox', { name: 'E-mail' }).check();
  await student.getByRole('textbox', { name: /^Notities/ }).fill(note);
  if (followUp) {
    await student.getByRole('checkbox', { name: 'De maatschappelijk werker moet dit opvolgen' }).check();
    await student.getByLabel('Wat moet de maatschappelijk werker opvolgen?').fill(followUp);
  }
  await student.getByRole('button', { name: 'Bezoek opslaan' }).click();
  await expect(student.getByRole('heading', { name: 'Cheque ingewisseld' })).toBeVisible();
}

function learnerRow(teacher: Page, client: Client) {
  return teacher
    .getByRole('list', { name: 'Cursisten' })
    .getByRole('listitem')
    .filter({ has: teacher.getByRole('group', { name: new RegExp(`^${fullName(client)}`) }) });
}

async function markAttendance(teacher: Page, client: Client, status: string) {
  const row = learnerRow(teacher, client);
  await row.getByRole('radio', { name: status, exact: true }).check();
  await expect(row.getByText('Bewaard', { exact: true })).toBeVisible();
}

async function recordDigipunten(desk: Page) {
  await desk.getByRole('button', { name: 'Digipunten kiezen en als verteld registreren' }).click();
  const nearest = desk.getByRole('group', { name: /Digipunten (dichtbij de cliënt|in )/ });
  await nearest.getByRole('checkbox').first().check();
  await desk.getByRole('button', { name: 'Registreren als verteld' }).click();
  await expect(desk.getByTestId('digipunten-told')).toBeVisible();
}

async function completeTrajectory(desk: Page) {
  const end = desk.getByRole('region', { name: 'Traject afronden of stopzetten' });
  // Every part of the package is done: no summary is needed to complete.
  await end.getByRole('button', { name: 'Traject afronden' }).click();
  await expect(end).toContainText('Dit traject is afgesloten');
  await expect(desk.locator('.page-header .badge')).toContainText('Afgerond');
}
