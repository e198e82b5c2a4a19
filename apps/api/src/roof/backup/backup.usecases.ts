import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { type Database, PGLITE_EXTENSIONS, queryRows } from '../../ground/database/database';
import { acquireDataDirLock, type DataDirOpener } from '../../ground/database/database.lock';

/** Where PostgreSQL's client programs are: the newest /usr/lib/postgresql/<version>/bin, else PATH. */
export function findPostgresTool({ name }: { name: 'pg_dump' | 'pg_restore' }): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((entry) => /^\d+$/.test(entry))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const candidate = join(root, version, 'bin', name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return name;
}

/**
 * The tenant-owned tables force row-level security, also on their owner: the dump and the restore
 * read and write every tenant's rows, so they run in the system scope the policies allow
 * (`--enable-row-security`, else pg_dump refuses a role that cannot bypass the policies). Without the
 * scope, a dump by the owner would hold the tenant-owned tables without their rows. Options the
 * operator set in PGOPTIONS are kept.
 */
function systemScopeEnv(): NodeJS.ProcessEnv {
  const given = process.env.PGOPTIONS?.trim();
  return { ...process.env, PGOPTIONS: `${given ? `${given} ` : ''}-c digipakket.scope=system` };
}

/**
 * What pg_dump writes and pg_restore reads alike: no owners and no grants (the target database has its
 * own roles), and every row under row-level security in the system scope (see `systemScopeEnv`).
 */
const ARCHIVE_OPTIONS = ['--no-owner', '--no-privileges', '--enable-row-security'];

function run({ command, args }: { command: string; args: string[] }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: systemScopeEnv(),
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else
        reject(new Error(`${command} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** The default file name of a backup: the database kind and the time, so backups sort by age. */
export function defaultBackupFile({ kind, now }: { kind: 'postgres' | 'pglite'; now: Date }): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return kind === 'postgres' ? `digipakket-${stamp}.dump` : `digipakket-${stamp}.tar.gz`;
}

/**
 * Makes a backup: `pg_dump -Fc` of a PostgreSQL database (a consistent snapshot, taken while the API
 * runs), or the gzipped data folder of PGlite, under the folder's lock (refused while the server or
 * another command has it open: PGlite is one process).
 */
export async function backupDatabase({
  url,
  dataDir,
  out,
  opener = { command: 'pnpm db:backup' },
}: {
  url: string | undefined;
  dataDir: string;
  out: string;
  opener?: DataDirOpener;
}): Promise<{ file: string; kind: 'postgres' | 'pglite' }> {
  mkdirSync(dirname(out), { recursive: true });
  if (url) {
    await run({
      command: findPostgresTool({ name: 'pg_dump' }),
      args: ['--format=custom', ...ARCHIVE_OPTIONS, `--file=${out}`, `--dbname=${url}`],
    });
    return { file: out, kind: 'postgres' };
  }
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0)
    throw new Error(`There is no PGlite database in ${dataDir}.`);
  const lock = acquireDataDirLock({ dataDir, opener });
  try {
    const client = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
    try {
      const archive = await client.dumpDataDir('gzip');
      writeFileSync(out, Buffer.from(await archive.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
  return { file: out, kind: 'pglite' };
}

/**
 * Brings a backup back. PostgreSQL: `pg_restore --clean --if-exists` into the database of `url`,
 * replacing what is there. PGlite: under the folder's lock (refused while the server runs on it), the
 * current data folder, if any, is moved aside to `<dataDir>.before-restore-<time>` (nothing is
 * deleted) and the backup is unpacked in its place.
 */
export async function restoreDatabase({
  url,
  dataDir,
  file,
  now,
  opener = { command: 'pnpm db:restore' },
}: {
  url: string | undefined;
  dataDir: string;
  file: string;
  now: Date;
  opener?: DataDirOpener;
}): Promise<{ movedAside: string | undefined }> {
  if (!existsSync(file)) throw new Error(`The backup file ${file} does not exist.`);
  if (url) {
    // The job queue's tables are partitioned: `pg_restore --clean` cannot drop a partition's
    // inherited constraints one by one, so the queue's schema is dropped whole and comes back from
    // the backup with every job in it.
    const target = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await target.unsafe('DROP SCHEMA IF EXISTS pgboss CASCADE');
    } finally {
      await target.end();
    }
    await run({
      command: findPostgresTool({ name: 'pg_restore' }),
      args: ['--clean', '--if-exists', ...ARCHIVE_OPTIONS, '--exit-on-error', `--dbname=${url}`, file],
    });
    return { movedAside: undefined };
  }
  // The lock is beside the folder, not in it: it stays in place while the folder is moved aside.
  const lock = acquireDataDirLock({ dataDir, opener });
  try {
    let movedAside: string | undefined;
    if (readdirSync(dataDir).length > 0) {
      movedAside = `${dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dataDir, movedAside);
    }
    mkdirSync(dataDir, { recursive: true });
    const client = await PGlite.create(dataDir, {
      loadDataDir: new Blob([readFileSync(file)]),
      extensions: PGLITE_EXTENSIONS,
    });
    await client.close();
    return { movedAside };
  } finally {
    lock.release();
  }
}

/**
 * Row count and checksum of every table (ours and the migrations journal), to compare a restored
 * database with the original: equal checksums mean equal rows, whatever their physical order.
 */
export async function describeTables({ db }: { db: Database }) {
  const tables = await queryRows<{ schema: string; name: string }>({
    db,
    query: sql`SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'drizzle')
      ORDER BY table_schema, table_name`,
  });
  const result: { table: string; rows: number; checksum: string }[] = [];
  for (const { schema, name } of tables) {
    const qualified = sql.raw(`"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`);
    const [row] = await queryRows<{ rows: number; checksum: string }>({
      db,
      query: sql`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '' ORDER BY t::text), '')) AS checksum FROM ${qualified} t`,
    });
    result.push({ table: `${schema}.${name}`, rows: row!.rows, checksum: row!.checksum });
  }
  return { tables: result };
}
