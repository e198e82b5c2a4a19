import { randomUUID } from 'node:crypto';
import {
  createGeneratorRandom,
  LANGUAGE_WEIGHTS,
  municipalityOf,
  NAMES_BY_LANGUAGE,
  neighbourhoodsOf,
} from '@digipakket/api/data-generator';
import { splitCsv } from '@digipakket/ocmw-portal/client-import.csv';
import { watchMemory } from './memory';

/** The header a Flemish case system exports, in Dutch, with every column the import reads. */
const HEADER = [
  'dossiernummer',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'rijksregisternummer',
  'telefoon',
  'e-mail',
  'taal',
  'straat',
  'postcode',
  'gemeente',
];

const DAY_MS = 86_400_000;
const BIRTHS_FROM = Date.UTC(1940, 0, 1);
const BIRTH_DAYS = 20_000;

/**
 * A valid national register number and its birth date for row `index`: one birth day per index
 * (1940 to 1994), the serial counting up every 20,000 rows, so no two rows of any import share one.
 */
function nationalNumberOf({ index }: { index: number }) {
  const birth = new Date(BIRTHS_FROM + (index % BIRTH_DAYS) * DAY_MS).toISOString().slice(0, 10);
  const serial = String(1 + Math.floor(index / BIRTH_DAYS)).padStart(3, '0');
  const body = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${serial}`;
  const check = String(97 - (Number(body) % 97)).padStart(2, '0');
  return {
    birthDate: birth,
    nationalNumber: `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6, 9)}.${check}`,
  };
}

const field = (value: string) => (/[;"\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * A CSV export of `rows` clients as a case system writes it: Dutch headers, semicolons, names and
 * languages in Gent's proportions, about half with a national number, most with a phone, some with
 * an e-mail address. File numbers start with `prefix`, which the generated data never uses.
 */
export function makeImportCsv({
  rows,
  prefix,
  firstIndex,
  seed = 7,
}: {
  rows: number;
  prefix: string;
  /** Index of the first row among every import of the run: keeps national numbers unique across them. */
  firstIndex: number;
  seed?: number;
}): { csv: string; fileNumbers: { prefix: string; count: number } } {
  const random = createGeneratorRandom({ seed: seed + firstIndex });
  const town = municipalityOf({ tenantIndex: 0 });
  const places = neighbourhoodsOf({ tenantIndex: 0 });
  const lines = [HEADER.join(';')];
  for (let n = 0; n < rows; n += 1) {
    const language = random.weighted(LANGUAGE_WEIGHTS);
    const names = NAMES_BY_LANGUAGE[language];
    const place = random.pick(places);
    const firstName = random.pick(names.first);
    const lastName = random.pick(names.last);
    const { birthDate, nationalNumber } = nationalNumberOf({ index: firstIndex + n });
    const withNationalNumber = random.chance(0.5);
    const phone = random.chance(0.85)
      ? `04${random.int(70, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`
      : '';
    const email = random.chance(0.3)
      ? `${firstName}.${lastName}.${firstIndex + n}@example.be`.toLowerCase().replace(/[^a-z0-9.@]/g, '')
      : '';
    lines.push(
      [
        `${prefix}${String(n + 1).padStart(6, '0')}`,
        firstName,
        lastName,
        birthDate,
        withNationalNumber ? nationalNumber : '',
        phone,
        email,
        // Case systems write the language in capitals as often as not; the import reads both.
        random.chance(0.5) ? language.toUpperCase() : language,
        `${place.street} ${random.int(1, 180)}`,
        place.postcode,
        town.name,
      ]
        .map(field)
        .join(';'),
    );
  }
  return { csv: `${lines.join('\r\n')}\r\n`, fileNumbers: { prefix, count: rows } };
}

type ImportTotals = { create: number; update: number; unchanged: number; refused: number };

/**
 * Imports a CSV through `POST /api/clients/import` as the welfare portal does: cut into parts of
 * 1000 rows with the portal's own `splitCsv`, sent one after the other, each with its own
 * idempotency key. The wall time runs from the first part sent to the last answer; the API's
 * resident memory is watched throughout.
 */
export async function measureImport({
  baseUrl,
  cookie,
  csv,
  apiPid,
  onProgress,
}: {
  baseUrl: string;
  cookie: string;
  csv: string;
  apiPid: number;
  onProgress?: (progress: { rowsDone: number; rows: number; elapsedMs: number }) => void;
}) {
  const { parts, rows } = splitCsv({ text: csv });
  const totals: ImportTotals = { create: 0, update: 0, unchanged: 0, refused: 0 };
  const memory = watchMemory({ pid: apiPid });
  const started = performance.now();
  let rowsDone = 0;
  // Memory that grows with the rows shows as a peak that keeps rising after the first third.
  let peakAfterFirstThirdBytes: number | null = null;
  try {
    for (const part of parts) {
      const response = await fetch(`${baseUrl}/api/clients/import`, {
        method: 'POST',
        headers: {
          cookie,
          origin: baseUrl,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ csv: part.csv, firstLine: part.firstLine, dryRun: false }),
      });
      if (!response.ok) {
        throw new Error(
          `the import of lines from ${part.firstLine} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
        );
      }
      const report = (await response.json()) as { totals: ImportTotals };
      for (const key of Object.keys(totals) as (keyof ImportTotals)[]) totals[key] += report.totals[key];
      rowsDone +=
        report.totals.create + report.totals.update + report.totals.unchanged + report.totals.refused;
      if (peakAfterFirstThirdBytes === null && rowsDone >= rows / 3)
        peakAfterFirstThirdBytes = memory.peakSoFar();
      onProgress?.({ rowsDone, rows, elapsedMs: performance.now() - started });
    }
  } catch (error) {
    memory.stop();
    throw error;
  }
  const elapsedMs = performance.now() - started;
  return {
    elapsedMs,
    rows,
    parts: parts.length,
    totals,
    memory: { ...memory.stop(), peakAfterFirstThirdBytes },
  };
}
