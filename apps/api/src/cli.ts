import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  CLIENT_LANGUAGE_CODES,
  isBelgianPhoneNumber,
  isClientLanguage,
  ORG_KINDS,
  type OrgKind,
} from '@digipakket/domain';
import { eq } from 'drizzle-orm';
import { writeAudit } from './ground/audit/audit.usecases';
import { type Config, ConfigError, loadConfig } from './ground/config/config';
import {
  type Database,
  type DatabaseConnection,
  openDatabase,
  withSystemScope,
} from './ground/database/database';
import type { DataDirOpener } from './ground/database/database.lock';
import {
  createOrganisationNotFoundError,
  createPartnerKindError,
  createTenantNotFoundError,
} from './ground/organisations/organisations.errors';
import { createOrganisationsRepository } from './ground/organisations/organisations.repository';
import { organisationsTable } from './ground/organisations/organisations.tables';
import { systemClock } from './ground/shared/clock';
import { isAppError } from './ground/shared/errors';
import {
  formatDeploymentFigures,
  readDeploymentFigures,
} from './read-models/dashboard/dashboard.deployment.repository';
import { SignInSettingsUpdateSchema } from './records/auth/auth.sso.schemas';
import { configureSignIn, readSignIn, removeSignIn } from './records/auth/auth.sso.usecases';
import { generatePassword } from './records/users/users.passwords';
import {
  backupDatabase,
  defaultBackupFile,
  describeTables,
  restoreDatabase,
} from './roof/backup/backup.usecases';
import { listDemoAccounts } from './roof/demo/demo.accounts';
import { loadDemoData } from './roof/demo/demo.seed';
import {
  buildTranslations,
  exportLanguage,
  importTranslations,
} from './roof/translations/translations.usecases';
import { createUser, disableUser } from './tracks/accounts/accounts.usecases';

const USAGE = `Usage: pnpm cli <command> [options]

Commands:
  tenant:create --name <name> --slug <slug> [--phone <number>]
      Create a tenant (one welfare centre) and its welfare organisation. --phone is the number its
      clients call with questions, printed on every document until the admin changes it on Beheer;
      without it, documents print no number to call.
  org:create --kind <welfare|home_help|training> --name <name> [--tenant <id|slug>]
      Create an organisation. A welfare organisation needs --tenant; partners have none.
  partnership:create --tenant <id|slug> --org <id|name>
      Let a home-help or training organisation work for a tenant.
  user:create --email <email> --org <id|name> --role <role> [--name <display name>] [--password-stdin]
      Create an account. Without --password-stdin a password is generated and printed once.
      With --password-stdin the password is read from standard input (prompted without echo on a terminal).
      Either way the user must choose their own password at first login.
  user:disable --email <email>
      Disable an account and end its sessions.
  sso:set --org <id|name> --issuer <url> --client-id <id> [--client-secret-stdin] [--email-claim <claim>]
          [--domains <a.be,b.be>] [--local-passwords on|off]
      Let an organisation sign in through its OpenID provider. The client secret is read from standard
      input and stored encrypted (needs SECRETS_KEY); without it the stored one stays (none: a public client with PKCE). --domains
      lead the login page to the provider; --local-passwords off refuses passwords for its accounts.
  sso:show --org <id|name>
      The organisation's sign-in settings and the redirect URI to register (never the secret).
  sso:remove --org <id|name>
      Remove the organisation's provider: passwords only again.
  demo:load
      Load the demo tenant into an empty database.
  db:backup [--out <file>]
      Back up the database: pg_dump -Fc for PostgreSQL (safe while the server runs), the gzipped
      data folder for PGlite. Default file: backups/digipakket-<time>.dump (or .tar.gz).
  figures [--json]
      Counts per welfare centre across the whole deployment (clients, laptops handed out, cheques
      issued, redeemed and expired, attendance, open signals), with the totals.
  db:restore <file>
      Restore a backup made by db:backup, replacing the current data (PostgreSQL: pg_restore --clean;
      PGlite: the old data folder is moved aside, not deleted). Stop the server first.
  translations:export --lang <code> [--out <file.po>]
      Write one client language's texts (documents and messages) as a PO file for a translator
      (Poedit, Weblate, ...): the Dutch source as msgid, the translation as msgstr, "fuzzy" while not
      reviewed. Without --out the file goes to standard output.
  translations:import <file.po>
      Take a translator's PO file back in. Checked first: valid PO, a known Language, every key known,
      the msgids the current Dutch source, the placeholders those of the source, SMS texts within their
      length. Any problem is listed with its line and nothing changes. Build the API afterwards.
  translations:build
      After editing the Dutch source (packages/domain/src/translations/po/nl.po): align every language
      with it (changed texts become "fuzzy", new keys untranslated) and generate the catalog again.

Uses the same settings as the server (DATABASE_URL, DATA_DIR, ...). With PGlite (no DATABASE_URL),
stop the server first: one process at a time may open the data folder, and a command started while
the server runs is refused, naming the process that holds the folder.`;

class UsageError extends Error {}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`Missing --${name}.`);
  return value.trim();
}

async function readPasswordFromStdin(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  // A terminal: prompt without echoing what is typed.
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  process.stdout.write('Password: ');
  output._writeToOutput = () => {};
  const password = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return password;
}

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      phone: { type: 'string' },
      kind: { type: 'string' },
      tenant: { type: 'string' },
      org: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      out: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret-stdin': { type: 'boolean' },
      'email-claim': { type: 'string' },
      domains: { type: 'string' },
      'local-passwords': { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
}

/** What a command gets: its options and arguments, the settings, and the database opened on first use. */
type CommandContext = ReturnType<typeof parseCommandLine> & {
  config: Config;
  open: () => Promise<Database>;
  opener: DataDirOpener;
  /** A path as meant in the folder the command was typed in. */
  fromTypingFolder: (path: string) => string;
};

async function createTenant({ values, open }: CommandContext): Promise<number> {
  const name = required(values, 'name');
  const slug = required(values, 'slug');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
    throw new UsageError('--slug uses lowercase letters, digits and dashes.');
  const phone = values.phone?.trim();
  if (phone !== undefined && !isBelgianPhoneNumber(phone))
    throw new UsageError('--phone is a Belgian number, e.g. 09 266 00 00 or +32 9 266 00 00.');
  const db = await open();
  const result = await db.transaction(async (tx) => {
    const repository = createOrganisationsRepository({ db: tx });
    const { tenant } = await repository.insertTenant({
      name,
      slug,
      ...(phone ? { branding: { contactPhone: phone } } : {}),
    });
    const { organisation } = await repository.insertOrganisation({
      kind: 'welfare',
      name,
      tenantId: tenant.id,
    });
    return { tenant, organisation };
  });
  process.stdout.write(
    `Tenant ${result.tenant.id} (${slug}); welfare organisation ${result.organisation.id}\n`,
  );
  return 0;
}

async function createOrganisation({ values, open }: CommandContext): Promise<number> {
  const kind = required(values, 'kind');
  const name = required(values, 'name');
  if (!(ORG_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind is one of ${ORG_KINDS.join(', ')}.`);
  }
  if (kind === 'welfare' && !values.tenant) throw new UsageError('A welfare organisation needs --tenant.');
  if (kind !== 'welfare' && values.tenant)
    throw new UsageError('Only a welfare organisation belongs to a tenant.');
  const db = await open();
  const repository = createOrganisationsRepository({ db });
  let tenantId: string | null = null;
  if (values.tenant) {
    const { tenant } = await repository.findTenant({ ref: values.tenant });
    if (!tenant) throw createTenantNotFoundError();
    tenantId = tenant.id;
  }
  const { organisation } = await repository.insertOrganisation({
    kind: kind as OrgKind,
    name,
    tenantId,
  });
  process.stdout.write(`Organisation ${organisation.id} (${kind})\n`);
  return 0;
}

async function createPartnership({ values, open }: CommandContext): Promise<number> {
  const tenantRef = required(values, 'tenant');
  const orgRef = required(values, 'org');
  const db = await open();
  const repository = createOrganisationsRepository({ db });
  const { tenant } = await repository.findTenant({ ref: tenantRef });
  if (!tenant) throw createTenantNotFoundError();
  const { organisation } = await repository.findOrganisation({ ref: orgRef });
  if (!organisation) throw createOrganisationNotFoundError();
  if (organisation.kind === 'welfare') throw createPartnerKindError();
  const { partnership } = await repository.insertPartnership({
    tenantId: tenant.id,
    partnerOrgId: organisation.id,
    kind: organisation.kind,
  });
  process.stdout.write(`Partnership ${partnership.id}: ${organisation.name} works for ${tenant.name}\n`);
  return 0;
}

async function createAccount({ values, open }: CommandContext): Promise<number> {
  const email = required(values, 'email').toLowerCase();
  const orgRef = required(values, 'org');
  const role = required(values, 'role');
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError('--email is not an e-mail address.');
  const generated = !values['password-stdin'];
  const password = generated ? generatePassword() : await readPasswordFromStdin();
  const db = await open();
  const { user, organisation } = await createUser({
    db,
    email,
    organisationRef: orgRef,
    role,
    displayName: values.name,
    password,
    // The operator chose or saw this password: the user replaces it at first login.
    passwordChangeRequired: true,
  });
  process.stdout.write(`User ${user.id} <${user.email}>: ${role} at ${organisation.name}\n`);
  if (generated) process.stdout.write(`Password (shown once): ${password}\n`);
  return 0;
}

async function disableAccount({ values, open }: CommandContext): Promise<number> {
  const email = required(values, 'email');
  const db = await open();
  const { user } = await disableUser({ db, clock: systemClock, email });
  process.stdout.write(`Disabled ${user.email}; their sessions have ended.\n`);
  return 0;
}

async function findOrganisationId({ db, ref }: { db: Database; ref: string }): Promise<string> {
  const { organisation } = await createOrganisationsRepository({ db }).findOrganisation({ ref });
  if (!organisation) throw createOrganisationNotFoundError();
  return organisation.id;
}

async function setSignIn({ values, config, open }: CommandContext): Promise<number> {
  const ref = required(values, 'org');
  const localPasswords = values['local-passwords'] ?? 'on';
  if (localPasswords !== 'on' && localPasswords !== 'off')
    throw new UsageError('--local-passwords is on or off.');
  const parsed = SignInSettingsUpdateSchema.safeParse({
    issuerUrl: required(values, 'issuer'),
    clientId: required(values, 'client-id'),
    clientSecret: values['client-secret-stdin'] ? await readPasswordFromStdin() : undefined,
    emailClaim: values['email-claim'] ?? 'email',
    emailDomains: (values.domains ?? '').split(',').filter((domain) => domain.trim() !== ''),
    localPasswords: localPasswords === 'on',
  });
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  const db = await open();
  const organisationId = await findOrganisationId({ db, ref });
  const settings = await db.transaction(async (tx) => {
    const updated = await configureSignIn({ db: tx, config, organisationId, update: parsed.data });
    await writeOperatorAudit({ db: tx, action: 'organisation.sign_in_configure', organisationId });
    return updated;
  });
  process.stdout.write(`${JSON.stringify(settings, null, 2)}\n`);
  return 0;
}

async function showSignIn({ values, config, open }: CommandContext): Promise<number> {
  const db = await open();
  const organisationId = await findOrganisationId({ db, ref: required(values, 'org') });
  process.stdout.write(`${JSON.stringify(await readSignIn({ db, config, organisationId }), null, 2)}\n`);
  return 0;
}

async function removeSignInCommand({ values, open }: CommandContext): Promise<number> {
  const db = await open();
  const organisationId = await findOrganisationId({ db, ref: required(values, 'org') });
  const { deleted } = await removeSignIn({ db, organisationId });
  if (deleted) await writeOperatorAudit({ db, action: 'organisation.sign_in_remove', organisationId });
  process.stdout.write(deleted ? 'Removed; passwords only again.\n' : 'There was no provider.\n');
  return 0;
}

/** An operator's change, audited without a user (the operator works on the server, not in a portal). */
async function writeOperatorAudit({
  db,
  action,
  organisationId,
}: {
  db: Database;
  action: string;
  organisationId: string;
}) {
  const [row] = await db
    .select({ tenantId: organisationsTable.tenantId })
    .from(organisationsTable)
    .where(eq(organisationsTable.id, organisationId));
  await writeAudit({
    db,
    entry: {
      actor: undefined,
      tenantId: row?.tenantId ?? null,
      action,
      resource: `organisation:${organisationId}`,
      purpose: 'operator (pnpm cli)',
      requestId: `cli-${Date.now()}`,
      at: systemClock.now(),
    },
  });
}

async function loadDemo({ config, open }: CommandContext): Promise<number> {
  const db = await open();
  const { loaded } = await loadDemoData({
    db,
    clock: systemClock,
    password: config.demo.password,
    timeZone: config.timeZone,
  });
  if (!loaded) {
    process.stderr.write('The database is not empty; demo data is only loaded into an empty database.\n');
    return 1;
  }
  process.stdout.write('Demo data loaded. Accounts:\n');
  for (const account of listDemoAccounts({ password: config.demo.password })) {
    process.stdout.write(`  ${account.email}  ${account.role}  /${account.portal}/  ${account.password}\n`);
  }
  return 0;
}

async function showFigures({ values, open }: CommandContext): Promise<number> {
  const db = await open();
  const started = performance.now();
  const figures = await readDeploymentFigures({ db });
  const ms = Math.round(performance.now() - started);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${formatDeploymentFigures({ figures })}\n(read in ${ms} ms)\n`);
  return 0;
}

async function backup({ values, config, opener, fromTypingFolder }: CommandContext): Promise<number> {
  const kind = config.database.url ? 'postgres' : 'pglite';
  const out = fromTypingFolder(
    typeof values.out === 'string' && values.out.trim() !== ''
      ? values.out.trim()
      : `backups/${defaultBackupFile({ kind, now: systemClock.now() })}`,
  );
  const { file } = await backupDatabase({
    // The owner reads every row (and restores the grants of the API's role when migrating after).
    url: config.database.ownerUrl ?? config.database.url,
    dataDir: config.database.dataDir,
    out,
    opener,
  });
  process.stdout.write(`Backup written to ${file}\n`);
  return 0;
}

async function restore({
  positionals,
  config,
  open,
  opener,
  fromTypingFolder,
}: CommandContext): Promise<number> {
  const [given] = positionals;
  if (!given) throw new UsageError('db:restore needs the backup file.');
  const file = fromTypingFolder(given);
  const { movedAside } = await restoreDatabase({
    url: config.database.ownerUrl ?? config.database.url,
    dataDir: config.database.dataDir,
    file,
    now: systemClock.now(),
    opener,
  });
  if (movedAside) process.stdout.write(`The previous data folder was moved to ${movedAside}\n`);
  const db = await open();
  const { tables } = await describeTables({ db });
  const rows = tables.reduce((sum, table) => sum + table.rows, 0);
  process.stdout.write(`Restored ${file}: ${tables.length} tables, ${rows} rows.\n`);
  return 0;
}

async function exportTranslations({ values, fromTypingFolder }: CommandContext): Promise<number> {
  const language = required(values, 'lang');
  if (!isClientLanguage(language))
    throw new UsageError(`--lang must be one of ${CLIENT_LANGUAGE_CODES.join(', ')}.`);
  const text = exportLanguage({ language, now: systemClock.now() });
  if (typeof values.out !== 'string' || values.out.trim() === '') {
    process.stdout.write(text);
    return 0;
  }
  const file = fromTypingFolder(values.out.trim());
  writeFileSync(file, text);
  process.stderr.write(`${language} written to ${file}\n`);
  return 0;
}

async function importTranslationFile({ positionals, fromTypingFolder }: CommandContext): Promise<number> {
  const [given] = positionals;
  if (!given) throw new UsageError('translations:import needs the PO file.');
  const file = fromTypingFolder(given);
  const result = importTranslations({ text: readFileSync(file, 'utf8'), now: systemClock.now() });
  if (!result.ok) {
    for (const problem of result.problems)
      process.stderr.write(`${given}:${problem.line}: ${problem.message}\n`);
    process.stderr.write(`${result.problems.length} problem(s): nothing was changed.\n`);
    return 1;
  }
  process.stdout.write(
    `${result.language}: ${result.entries} entries, ${result.changed} changed, ${result.reviewed} reviewed (${result.review}). Build the API (pnpm build) to use them.\n`,
  );
  return 0;
}

async function buildTranslationFiles(): Promise<number> {
  const { written } = buildTranslations({ now: systemClock.now() });
  process.stdout.write(`${written.length} files written.\n`);
  return 0;
}

/** Every command, by the name it is typed with; each answers the process's exit code. */
const COMMANDS: Record<string, (context: CommandContext) => Promise<number>> = {
  'tenant:create': createTenant,
  'org:create': createOrganisation,
  'partnership:create': createPartnership,
  'user:create': createAccount,
  'user:disable': disableAccount,
  'sso:set': setSignIn,
  'sso:show': showSignIn,
  'sso:remove': removeSignInCommand,
  'demo:load': loadDemo,
  figures: showFigures,
  'db:backup': backup,
  'db:restore': restore,
  'translations:export': exportTranslations,
  'translations:import': importTranslationFile,
  'translations:build': buildTranslationFiles,
};

/**
 * Who opens the data folder, for the refusal while a server (or another command) has it open: with
 * PGlite the command takes the folder's lock, and is refused at once with what to do.
 */
function openerOf({ command, config }: { command: string; config: Config }): DataDirOpener {
  return {
    command: `pnpm cli ${command}`,
    advice: [
      `"pnpm cli ${command}" opens the embedded database itself, and only one process may have it open: run the command while no server uses ${config.database.dataDir}, then start the server again.`,
      command.startsWith('user:')
        ? "While the server runs, the welfare centre's admin can invite and disable accounts in the OCMW portal instead."
        : '',
      command === 'db:backup'
        ? 'A PGlite backup copies the whole folder; on PostgreSQL (DATABASE_URL) db:backup runs beside the server.'
        : 'On PostgreSQL (DATABASE_URL) the commands run beside the server.',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

async function run({ argv, config }: { argv: string[]; config: Config }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 64;
  }
  const { values, positionals } = parseCommandLine(rest);
  if (positionals.length > (command === 'db:restore' || command === 'translations:import' ? 1 : 0))
    throw new UsageError(`Unexpected argument "${positionals.at(-1)}".`);
  // `pnpm --filter … run` changes the working folder; paths mean the folder the command was typed in.
  const fromTypingFolder = (path: string) =>
    isAbsolute(path) ? path : resolve(process.env.INIT_CWD || process.cwd(), path);

  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) throw new UsageError(`Unknown command "${command}".`);

  const opener = openerOf({ command, config });
  let connection: DatabaseConnection | undefined;
  const open = async () => {
    connection = await openDatabase({
      url: config.database.url,
      ownerUrl: config.database.ownerUrl,
      dataDir: config.database.dataDir,
      poolSize: 2,
      opener,
    });
    await connection.migrate();
    return connection.db;
  };

  try {
    return await handler({ values, positionals, config, open, opener, fromTypingFolder });
  } finally {
    await connection?.close();
  }
}

async function main() {
  try {
    const config = loadConfig();
    // Administration works across tenants: every command runs in the system scope.
    process.exitCode = await withSystemScope({
      work: () => run({ argv: process.argv.slice(2), config }),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 78;
    } else if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
      process.exitCode = 64;
    } else if (isAppError(error)) {
      process.stderr.write(`${error.message} (${error.code})\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`Failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}

await main();
