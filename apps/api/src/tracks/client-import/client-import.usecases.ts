import {
  CLIENT_ENTRY_FIELDS,
  type ClientEntryField,
  PROGRAMME_TIME_ZONE,
  toCalendarDate,
  validateBirthDate,
} from '@digipakket/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../ground/database/database';
import { byColumnName } from '../../ground/database/query-helpers';
import { locateByPostcode } from '../../ground/geocoding/geocoding.offline';
import type { TenantArgs, TenantContext } from '../../ground/http/request-context';
import { createErrorFactory } from '../../ground/shared/errors';
import { generateId } from '../../ground/shared/ids';
import { ClientCreateSchema } from '../../records/clients/clients.schemas';
import { clientsTable } from '../../records/clients/clients.tables';
import { parseCsv } from './client-import.csv';
import type { ClientImportReport, ClientImportSchema } from './client-import.schemas';

const REQUIRED: readonly ClientEntryField[] = ['fileNumber', 'firstName', 'lastName', 'preferredLanguage'];

/** Column names a case system or a Dutch spreadsheet may use, lower-cased without spaces. */
const ALIASES: Record<string, ClientEntryField> = {
  filenumber: 'fileNumber',
  dossiernummer: 'fileNumber',
  dossier: 'fileNumber',
  firstname: 'firstName',
  voornaam: 'firstName',
  lastname: 'lastName',
  achternaam: 'lastName',
  familienaam: 'lastName',
  birthdate: 'birthDate',
  geboortedatum: 'birthDate',
  nationalnumber: 'nationalNumber',
  rijksregisternummer: 'nationalNumber',
  phone: 'phone',
  telefoon: 'phone',
  email: 'email',
  'e-mail': 'email',
  preferredlanguage: 'preferredLanguage',
  language: 'preferredLanguage',
  taal: 'preferredLanguage',
  street: 'street',
  straat: 'street',
  adres: 'street',
  postcode: 'postcode',
  city: 'city',
  gemeente: 'city',
  stad: 'city',
};

export const createImportHeaderError = createErrorFactory({
  code: 'import.header_invalid',
  status: 400,
  message:
    'The first line must name the columns, with at least the file number, first name, last name and language.',
});

type Row = ClientImportReport['rows'][number];
type Parsed = z.output<typeof ClientCreateSchema>;

type NewClient = typeof clientsTable.$inferInsert;

/**
 * Inserts a part's new clients in one statement with one parameter: the rows as JSON, unpacked by
 * PostgreSQL. A multi-row INSERT of 1000 clients has 16,000 parameters, and building and binding
 * them cost more of the API's time than the database spent storing the rows.
 */
async function insertClients({ tx, clients }: { tx: Database; clients: NewClient[] }): Promise<void> {
  // A field left out is absent from the JSON, which the record set reads as NULL.
  const rows = clients.map((client) => byColumnName(clientsTable, client));
  await tx.execute(sql`
    INSERT INTO clients (id, tenant_id, file_number, first_name, last_name, birth_date, national_number,
      phone, email, preferred_language, street, postcode, city, lat, lon, neighbourhood, created_by,
      created_at, updated_at)
    SELECT id, tenant_id, file_number, first_name, last_name, birth_date, national_number,
      phone, email, preferred_language, street, postcode, city, lat, lon, neighbourhood, created_by,
      created_at, updated_at
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, tenant_id text, file_number text,
      first_name text, last_name text, birth_date date, national_number text, phone text, email text,
      preferred_language text, street text, postcode text, city text, lat double precision,
      lon double precision, neighbourhood text, created_by text, created_at timestamptz,
      updated_at timestamptz)`);
}

/** The column of a field the import reads. */
function columnOf(field: ClientEntryField): string {
  return clientsTable[field].name;
}

const ADDRESS_FIELDS: readonly ClientEntryField[] = ['street', 'postcode', 'city'];
const LOCATION_COLUMNS = sql.raw('lat = r.lat, lon = r.lon, neighbourhood = r.neighbourhood, ');
const LOCATION_TYPES = sql.raw(', lat double precision, lon double precision, neighbourhood text');

/** The location of a client's address from the bundled postcode centroids: an import never waits on a network. */
function locationOf(address: { street?: string | null; postcode?: string | null; city?: string | null }) {
  const { location } = locateByPostcode({ address });
  return {
    lat: location?.lat ?? null,
    lon: location?.lon ?? null,
    neighbourhood: location?.neighbourhood ?? null,
  };
}

/**
 * Updates a part's changed clients in one statement, the columns of the file only (a column the
 * file does not have is left as it is), the same way as the inserts: the rows as one JSON parameter.
 * When the file has an address column, the location computed from the address is written too.
 */
async function updateClients({
  tx,
  tenantId,
  fields,
  updates,
  now,
}: {
  tx: Database;
  tenantId: string;
  fields: readonly ClientEntryField[];
  updates: { id: string; changes: Partial<NewClient> }[];
  now: Date;
}): Promise<void> {
  if (updates.length === 0) return;
  const located = fields.some((field) => ADDRESS_FIELDS.includes(field));
  const rows = updates.map((update) => ({
    id: update.id,
    ...Object.fromEntries(
      fields.map((field) => [columnOf(field), (update.changes as Record<string, unknown>)[field] ?? null]),
    ),
    ...(located
      ? {
          lat: update.changes.lat ?? null,
          lon: update.changes.lon ?? null,
          neighbourhood: update.changes.neighbourhood ?? null,
        }
      : {}),
  }));
  const set = sql.join(
    fields.map((field) => sql`${sql.identifier(columnOf(field))} = r.${sql.identifier(columnOf(field))}`),
    sql`, `,
  );
  const types = sql.raw(
    fields.map((field) => `${columnOf(field)} ${field === 'birthDate' ? 'date' : 'text'}`).join(', '),
  );
  await tx.execute(sql`
    UPDATE clients AS c SET ${set}, ${located ? LOCATION_COLUMNS : sql``}updated_at = ${now.toISOString()}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, ${types}${located ? LOCATION_TYPES : sql``})
    WHERE c.tenant_id = ${tenantId} AND c.id = r.id`);
}

/** The audit rows of a part, one per created or updated client, in one statement like the clients. */
async function insertAudits({
  tx,
  rows,
}: {
  tx: Database;
  rows: {
    id: string;
    tenant_id: string;
    actor_user_id: string;
    actor_org_id: string;
    actor_role: string;
    client_id: string;
    action: string;
    resource: string;
    outcome: 'success';
    purpose: string;
    request_id: string;
    at: string;
  }[];
}): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    INSERT INTO audit_log (id, tenant_id, actor_user_id, actor_org_id, actor_role, client_id, action,
      resource, outcome, purpose, request_id, at)
    SELECT id, tenant_id, actor_user_id, actor_org_id, actor_role, client_id, action,
      resource, outcome, purpose, request_id, at
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, tenant_id text, actor_user_id text,
      actor_org_id text, actor_role text, client_id text, action text, resource text, outcome text,
      purpose text, request_id text, at timestamptz)`);
}

type Problem = { field: string; code: string };
type CheckedRow = { line: number; fileNumber: string | null; client: Parsed | null; problems: Problem[] };
type ClientChanges = { id: string; changes: Partial<NewClient> };

/**
 * Each row of the file checked on its own: the client it describes, or why it is refused. A file
 * number met earlier in the file refuses the later row.
 */
function checkRows({
  rows,
  columns,
  lineOffset,
  today,
}: {
  rows: ReturnType<typeof parseCsv>['rows'];
  columns: (ClientEntryField | null)[];
  lineOffset: number;
  today: string;
}): CheckedRow[] {
  const checked = rows.map(({ line, cells, problem }) => {
    const raw: Record<string, string> = {};
    if (problem) {
      const problems = [{ field: 'row', code: problem }];
      return { line: line + lineOffset, fileNumber: null, client: null as Parsed | null, problems };
    }
    columns.forEach((field, index) => {
      const value = (cells[index] ?? '').trim();
      if (field && value !== '') raw[field] = field === 'preferredLanguage' ? value.toLowerCase() : value;
    });
    const result = ClientCreateSchema.safeParse(raw);
    const problems: Problem[] = result.success
      ? []
      : result.error.issues.map((issue) => ({
          field: issue.path.map(String).join('.') || 'row',
          code: issue.code,
        }));
    const birthDate = result.success ? result.data.birthDate : undefined;
    if (birthDate && !validateBirthDate({ birthDate, today }).ok) {
      problems.push({ field: 'birthDate', code: 'date_out_of_range' });
    }
    return {
      line: line + lineOffset,
      fileNumber: raw.fileNumber ?? null,
      client: result.success && problems.length === 0 ? result.data : null,
      problems,
    };
  });

  const seen = new Map<string, number>();
  for (const row of checked) {
    if (!row.client) continue;
    if (seen.has(row.client.fileNumber)) {
      row.problems.push({ field: 'fileNumber', code: 'duplicate_in_file' });
      row.client = null;
    } else seen.set(row.client.fileNumber, row.line);
  }
  return checked;
}

/**
 * What each checked row does to the tenant's clients: create a new file number, update a known one
 * where a column differs, leave an identical one, or refuse a national number another file holds.
 */
function planImport({
  checked,
  present,
  byFileNumber,
  ownerOf,
  tenantId,
  createdBy,
  now,
}: {
  checked: CheckedRow[];
  present: ClientEntryField[];
  byFileNumber: Map<string, typeof clientsTable.$inferSelect>;
  ownerOf: Map<string | null, string>;
  tenantId: string;
  createdBy: string;
  now: Date;
}): { report: Row[]; creates: NewClient[]; updates: ClientChanges[] } {
  const nationalInFile = new Map<string, string>();
  const creates: NewClient[] = [];
  const updates: ClientChanges[] = [];
  const report: Row[] = checked.map((row) => {
    if (!row.client)
      return { line: row.line, fileNumber: row.fileNumber, outcome: 'refused', problems: row.problems };
    const client = row.client;
    const nationalNumber = client.nationalNumber;
    if (nationalNumber) {
      const owner = ownerOf.get(nationalNumber) ?? nationalInFile.get(nationalNumber);
      if (owner && owner !== client.fileNumber) {
        return {
          line: row.line,
          fileNumber: row.fileNumber,
          outcome: 'refused',
          problems: [{ field: 'nationalNumber', code: 'in_use' }],
        };
      }
      nationalInFile.set(nationalNumber, client.fileNumber);
    }
    const values = Object.fromEntries(
      present.map((field) => [field, client[field] ?? null]),
    ) as Partial<NewClient>;
    const current = byFileNumber.get(client.fileNumber);
    const located = present.some((field) => ADDRESS_FIELDS.includes(field));
    if (!current) {
      creates.push({
        id: generateId({ kind: 'client' }),
        tenantId,
        ...values,
        ...(located ? locationOf(values) : {}),
        fileNumber: client.fileNumber,
        firstName: client.firstName,
        lastName: client.lastName,
        preferredLanguage: client.preferredLanguage,
        createdBy,
        createdAt: now,
        updatedAt: now,
      });
      return { line: row.line, fileNumber: row.fileNumber, outcome: 'create', problems: [] };
    }
    const changed = present.filter(
      (field) => (current as Record<string, unknown>)[field] !== (values as Record<string, unknown>)[field],
    );
    if (changed.length === 0)
      return { line: row.line, fileNumber: row.fileNumber, outcome: 'unchanged', problems: [] };
    const location = located ? locationOf({ ...current, ...values }) : {};
    updates.push({ id: current.id, changes: { ...values, ...location, updatedAt: now } });
    return { line: row.line, fileNumber: row.fileNumber, outcome: 'update', problems: [] };
  });
  return { report, creates, updates };
}

/** Writes the planned creates and updates, with one audit row for each client written. */
async function writeImport({
  tx,
  ctx,
  present,
  creates,
  updates,
  now,
}: {
  tx: Database;
  ctx: TenantContext;
  present: ClientEntryField[];
  creates: NewClient[];
  updates: ClientChanges[];
  now: Date;
}): Promise<void> {
  const { requestId, tenantId } = ctx;
  if (creates.length > 0) await insertClients({ tx, clients: creates });
  await updateClients({ tx, tenantId, fields: present, updates, now });
  const audited = [
    ...creates.map((client) => ({ clientId: client.id!, action: 'client.import_create' })),
    ...updates.map((update) => ({ clientId: update.id, action: 'client.import_update' })),
  ];
  await insertAudits({
    tx,
    rows: audited.map((entry) => ({
      id: generateId({ kind: 'audit' }),
      tenant_id: tenantId,
      actor_user_id: ctx.actor.user.id,
      actor_org_id: ctx.actor.organisation.id,
      actor_role: ctx.actor.user.role,
      client_id: entry.clientId,
      action: entry.action,
      resource: `client:${entry.clientId}`,
      outcome: 'success',
      purpose: 'client_import',
      request_id: requestId,
      at: now.toISOString(),
    })),
  });
}

/**
 * Imports clients from the welfare centre's case system, matched on file number: a new file number is
 * created, a known one updated where a column differs, an identical one left alone, so the same file
 * twice makes no duplicates. Every row is reported with its line number and, when refused, why. A dry
 * run reports without writing; a real run writes the part it was given in one transaction.
 */
export async function importClients({
  ctx,
  input,
}: TenantArgs<{ input: z.output<typeof ClientImportSchema> }>): Promise<ClientImportReport> {
  const { clock, tenantId } = ctx;
  const { header, rows } = parseCsv({ text: input.csv });
  const columns = header.map((name) => ALIASES[name.toLowerCase().replace(/[\s_]/g, '')] ?? null);
  if (REQUIRED.some((field) => !columns.includes(field))) {
    throw createImportHeaderError({ details: { columns: header } });
  }
  const present = CLIENT_ENTRY_FIELDS.filter((field) => columns.includes(field));
  const lineOffset = input.firstLine - 1;
  const today = toCalendarDate({ instant: clock.now(), timeZone: PROGRAMME_TIME_ZONE });

  const checked = checkRows({ rows, columns, lineOffset, today });
  const valid = checked.filter((row): row is typeof row & { client: Parsed } => row.client !== null);
  const fileNumbers = valid.map((row) => row.client.fileNumber);
  const nationalNumbers = valid.flatMap((row) =>
    row.client.nationalNumber ? [row.client.nationalNumber] : [],
  );

  return ctx.transaction(async ({ tx }) => {
    const existing = fileNumbers.length
      ? await tx
          .select()
          .from(clientsTable)
          .where(and(eq(clientsTable.tenantId, tenantId), inArray(clientsTable.fileNumber, fileNumbers)))
      : [];
    const byFileNumber = new Map(existing.map((client) => [client.fileNumber, client]));
    const owners = nationalNumbers.length
      ? await tx
          .select({ fileNumber: clientsTable.fileNumber, nationalNumber: clientsTable.nationalNumber })
          .from(clientsTable)
          .where(
            and(eq(clientsTable.tenantId, tenantId), inArray(clientsTable.nationalNumber, nationalNumbers)),
          )
      : [];
    const ownerOf = new Map(owners.map((owner) => [owner.nationalNumber, owner.fileNumber]));

    const now = clock.now();
    const { report, creates, updates } = planImport({
      checked,
      present,
      byFileNumber,
      ownerOf,
      tenantId,
      createdBy: ctx.actor.user.id,
      now,
    });
    if (!input.dryRun) await writeImport({ tx, ctx, present, creates, updates, now });

    const totals = { create: 0, update: 0, unchanged: 0, refused: 0 };
    for (const row of report) totals[row.outcome] += 1;
    return { dryRun: input.dryRun, totals, rows: report };
  });
}
