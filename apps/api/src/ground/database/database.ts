import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { createErrorFactory, isRetryableTransactionError } from '../shared/errors';
import { createDatabaseUnavailableError, DATABASE_RETRY_AFTER_SECONDS } from './database.availability';
import { acquireDataDirLock, type DataDirOpener } from './database.lock';

const createBusyError = createErrorFactory({
  code: 'database.busy',
  status: 503,
  message: 'The service is busy; try again in a moment.',
});

/** Seconds a client is asked to wait (`Retry-After`) when every connection is taken. */
export const DATABASE_BUSY_RETRY_AFTER_SECONDS = 1;

/** 503 `database.busy`, with `Retry-After`. */
export function createDatabaseBusyError() {
  return createBusyError({ details: { retryAfterSeconds: DATABASE_BUSY_RETRY_AFTER_SECONDS } });
}

/**
 * The one pool of the process, replaced by a fresh one from the same URL when a statement gets no
 * answer in time (a frozen primary: its kernel still acknowledges TCP, so the pooled connections never
 * notice; a fresh pool lets `target_session_attrs` find the new primary). `within` gives a statement
 * until the deadline: past it the statement fails with 503 `database.unavailable` and, when it ran on
 * the current pool, that pool is ended at once (its other statements fail cleanly) and replaced; one
 * replacement per pool, so statements that miss the deadline together swap it only once.
 *
 * `on` names the pool the statement's connection came from (by default the current one). Once that
 * pool has been ended, its statements fail with 503 `database.unavailable` at once, those still to be
 * sent are not sent: the driver would otherwise hold one queued behind a statement that never answers
 * (a transaction's ROLLBACK, a scope's clearing) until the socket closes, which a frozen server or a
 * backend waiting on a lock or on synchronous replication does not do (measured: 20 s in the failover
 * drill; on a network cut, TCP's retransmissions, about 15 minutes).
 */
export type Pool = {
  current: () => postgres.Sql;
  within: <T>(answer: () => PromiseLike<T>, on?: postgres.Sql) => Promise<T>;
  end: () => Promise<void>;
};

function createPool({
  open,
  answerTimeoutMs,
}: {
  open: () => postgres.Sql;
  /** 0: no deadline (statements wait as long as PostgreSQL takes). */
  answerTimeoutMs: number;
}): Pool {
  /** Aborted when its pool is ended by `replace`. */
  const ended = new WeakMap<postgres.Sql, AbortController>();
  const openWatched = () => {
    const client = open();
    ended.set(client, new AbortController());
    return client;
  };
  let current = openWatched();
  const replace = (stuck: postgres.Sql) => {
    if (stuck !== current) return;
    const fresh = openWatched();
    // drizzle set its own parsers and serializers on the first pool's options; the fresh one keeps them.
    Object.assign(fresh.options.parsers, stuck.options.parsers);
    Object.assign(fresh.options.serializers, stuck.options.serializers);
    current = fresh;
    ended.get(stuck)?.abort();
    stuck.end({ timeout: 0 }).catch(() => {});
  };
  return {
    current: () => current,
    within: (answer, on = current) => {
      if (answerTimeoutMs <= 0) return Promise.resolve(answer());
      const poolEnded = ended.get(on)?.signal;
      return new Promise((resolve, reject) => {
        const unavailable = () =>
          reject(
            createDatabaseUnavailableError({ details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS } }),
          );
        if (poolEnded?.aborted) return unavailable();
        const timer = setTimeout(() => {
          unavailable();
          replace(on);
        }, answerTimeoutMs);
        const onEnded = () => {
          clearTimeout(timer);
          unavailable();
        };
        poolEnded?.addEventListener('abort', onEnded, { once: true });
        const settle = () => {
          clearTimeout(timer);
          poolEnded?.removeEventListener('abort', onEnded);
        };
        Promise.resolve(answer()).then(
          (value) => {
            settle();
            resolve(value);
          },
          (error: unknown) => {
            settle();
            reject(error);
          },
        );
      });
    },
    end: () => current.end({ timeout: 5 }),
  };
}

/**
 * A statement on a connection of pool `on`, given until the pool's deadline, still offering `.values()`
 * as drizzle asks for it.
 */
function deadlined(pool: Pool, on: postgres.Sql, query: () => postgres.PendingQuery<postgres.Row[]>) {
  return {
    // biome-ignore lint/suspicious/noThenProperty: drizzle awaits the query object
    then: (onResolved: (value: unknown) => unknown, onRejected: (error: unknown) => unknown) =>
      pool.within(() => query(), on).then(onResolved, onRejected),
    values: () => pool.within(() => query().values(), on),
  };
}

type Slots = { acquire: () => Promise<() => void> };

/**
 * A counter of the pool's connections with a waiting line that gives up after `timeoutMs`, so an
 * exhausted pool answers 503 at once instead of letting requests hang until the client gives up.
 */
function createSlots({ size, timeoutMs }: { size: number; timeoutMs: number }): Slots {
  let inUse = 0;
  const waiting: { grant: () => void }[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next.grant();
    else inUse -= 1;
  };
  return {
    acquire: () => {
      if (inUse < size) {
        inUse += 1;
        return Promise.resolve(release);
      }
      return new Promise((resolve, reject) => {
        const entry = {
          grant: () => {
            clearTimeout(timer);
            resolve(release);
          },
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(createDatabaseBusyError());
        }, timeoutMs);
        waiting.push(entry);
      });
    },
  };
}

async function withSlot<T>(slots: Slots, run: () => PromiseLike<T>): Promise<T> {
  const release = await slots.acquire();
  try {
    return await run();
  } finally {
    release();
  }
}

/**
 * Whose rows a piece of work may see through PostgreSQL row-level security (migration
 * `0010_row_level_security`): the listed tenants, the tenants a partner organisation works for, or
 * every tenant (`system`, for the few jobs that legitimately work across tenants). Work outside any
 * scope sees no row of a tenant-owned table.
 */
export type DatabaseScope =
  | { kind: 'tenants'; tenantIds: readonly string[] }
  | { kind: 'partner'; organisationId: string }
  | { kind: 'system' };

type ScopeHolder = {
  scope: DatabaseScope;
  /** False once the scope's work has returned: later queries (work left running) lease their own connection. */
  open: boolean;
  /** The scope's connection per client, taken at its first query. */
  connections: Map<object, ScopeConnection>;
};

type Lease = {
  sql: postgres.ReservedSql;
  /** The pool the connection was reserved from. */
  from: postgres.Sql;
  scope: DatabaseScope;
  /** The scope's settings, sent ahead of the first query on the same connection (pipelined). */
  applied: Promise<unknown>;
  release: () => Promise<void>;
};

type ScopeConnection = {
  lease: Promise<Lease>;
  /** A transaction runs on it: other queries of the scope must not slip into that transaction. */
  inTransaction: boolean;
  inFlight: number;
  idle: (() => void)[];
};

const scopeStorage = new AsyncLocalStorage<ScopeHolder>();

/**
 * Runs `work` with the database scope `scope`. On PostgreSQL the scope's queries share one connection
 * carrying the scope in `digipakket.tenant_ids` / `digipakket.scope`, taken at the first query and
 * given back (with the settings cleared) when `work` is done. PGlite runs as a superuser, where
 * row-level security does not apply, so there the scope changes nothing.
 */
export async function withDatabaseScope<T>({
  scope,
  work,
  awaitRelease = true,
}: {
  scope: DatabaseScope;
  work: () => Promise<T>;
  /**
   * False: answer as soon as `work` is done, and clear and give back the connection after. The
   * connection goes back to the pool only once cleared, either way.
   */
  awaitRelease?: boolean;
}): Promise<T> {
  const holder: ScopeHolder = { scope, open: true, connections: new Map() };
  try {
    // Awaited inside the scope: a lazy query builder returned by `work` runs when awaited, not when made.
    return await scopeStorage.run(holder, async () => await work());
  } finally {
    holder.open = false;
    const released = Promise.all(
      [...holder.connections.values()].map(async (connection) => {
        if (connection.inFlight > 0) await new Promise<void>((resolve) => connection.idle.push(resolve));
        const lease = await connection.lease.catch(() => undefined);
        await lease?.release();
      }),
    );
    if (awaitRelease) await released;
  }
}

/**
 * Runs `work` across every tenant. Only for the few jobs that are cross-tenant by nature: migrations,
 * demo seeding, the data generator, the command line, the signal sweep and the document batch runner.
 */
export function withSystemScope<T>({ work }: { work: () => Promise<T> }): Promise<T> {
  return withDatabaseScope({ scope: { kind: 'system' }, work });
}

const CLEAR_SCOPE_SQL =
  "SELECT set_config('digipakket.tenant_ids', '', false), set_config('digipakket.scope', '', false)";

// Unnamed on purpose: named, the scope statement is described before it runs, and a PostgreSQL restart
// at that moment left a request unanswered in about one run of `pg-restart.pg.test.ts` in four.
// `local`: for the current transaction only (behind a pooler in transaction mode, where a session's
// settings would stay on a server connection that the next transaction of another client gets).
export function applyScope(
  sql: Pick<postgres.Sql, 'unsafe'>,
  scope: DatabaseScope,
  { local = false }: { local?: boolean } = {},
) {
  const isLocal = local ? 'true' : 'false';
  if (scope.kind === 'system') {
    return sql.unsafe(
      `SELECT set_config('digipakket.tenant_ids', '', ${isLocal}), set_config('digipakket.scope', 'system', ${isLocal})`,
    );
  }
  if (scope.kind === 'partner') {
    return sql.unsafe(
      `SELECT set_config('digipakket.tenant_ids', coalesce((SELECT string_agg(tenant_id, ',') FROM partnerships WHERE partner_org_id = $1), ''), ${isLocal}), set_config('digipakket.scope', '', ${isLocal})`,
      [scope.organisationId],
    );
  }
  return sql.unsafe(
    `SELECT set_config('digipakket.tenant_ids', $1, ${isLocal}), set_config('digipakket.scope', '', ${isLocal})`,
    [scope.tenantIds.join(',')],
  );
}

/**
 * `client.reserve()`, given up after `timeoutMs` (503 `database.busy`). A reservation queued behind a
 * connection that PostgreSQL closes can be dropped by postgres.js when that connection comes back
 * (porsager/postgres#1195); one granted after the wait is handed straight back.
 */
function reserveWithin({ client, timeoutMs }: { client: postgres.Sql; timeoutMs: number }) {
  return new Promise<postgres.ReservedSql>((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(createDatabaseBusyError());
    }, timeoutMs);
    client.reserve().then(
      (sql) => {
        clearTimeout(timer);
        if (late) sql.release();
        else resolve(sql);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** What drizzle's postgres.js session needs of a transaction: queries and savepoints. */
function transactionClient(sql: postgres.ReservedSql, pool: Pool, from: postgres.Sql) {
  let savepoints = 0;
  const client = {
    unsafe: (...args: Parameters<postgres.Sql['unsafe']>) => deadlined(pool, from, () => sql.unsafe(...args)),
    savepoint: async (nameOrWork: unknown, maybeWork?: unknown) => {
      const work = (typeof nameOrWork === 'function' ? nameOrWork : maybeWork) as (
        tx: typeof client,
      ) => Promise<unknown>;
      const name = `s${savepoints++}`;
      await client.unsafe(`SAVEPOINT ${name}`);
      try {
        const result = await work(client);
        await client.unsafe(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await pool.within(() => sql.unsafe(`ROLLBACK TO SAVEPOINT ${name}`), from).catch(() => {});
        throw error;
      }
    },
  };
  return client;
}

/**
 * `client.begin` on a connection reserved from `from`, which postgres.js does not offer. `prelude`
 * runs first inside the transaction (the scope, behind a pooler in transaction mode). The ROLLBACK
 * after a failure has the same deadline as every statement, and is not sent once `from` has ended.
 */
async function beginOn(
  { sql, from }: Pick<Lease, 'sql' | 'from'>,
  pool: Pool,
  args: unknown[],
  prelude?: (sql: postgres.ReservedSql) => PromiseLike<unknown>,
) {
  const [options, work] = (typeof args[0] === 'function' ? ['', args[0]] : args) as [
    string,
    (tx: unknown) => Promise<unknown>,
  ];
  await pool.within(() => sql.unsafe(`BEGIN ${options.replace(/[^a-z ]/gi, '')}`), from);
  try {
    if (prelude) await pool.within(() => prelude(sql), from);
    const result = await work(transactionClient(sql, pool, from));
    await pool.within(() => sql.unsafe('COMMIT'), from);
    return result;
  } catch (error) {
    await pool.within(() => sql.unsafe('ROLLBACK'), from).catch(() => {});
    throw error;
  }
}

/**
 * Takes a connection for `scope` within `acquireTimeoutMs`, behind one of `slots`: its scope is set on
 * it (not behind a pooler) and cleared when it goes back.
 */
function createLeaser({
  pool,
  slots,
  acquireTimeoutMs,
  pooled,
}: {
  pool: Pool;
  slots: Slots;
  acquireTimeoutMs: number;
  pooled: boolean;
}) {
  return async (scope: DatabaseScope): Promise<Lease> => {
    const releaseSlot = await slots.acquire();
    const from = pool.current();
    let sql: postgres.ReservedSql;
    try {
      sql = await reserveWithin({ client: from, timeoutMs: acquireTimeoutMs });
    } catch (error) {
      releaseSlot();
      throw error;
    }
    if (pooled) {
      return {
        sql,
        from,
        scope,
        applied: Promise.resolve(),
        release: async () => {
          sql.release();
          releaseSlot();
        },
      };
    }
    // Not awaited here: the first query follows it on the connection without waiting a round trip,
    // and waits for it before answering (`runOn`), so a query never answers without its scope.
    const applied = pool.within(() => applyScope(sql, scope), from);
    applied.catch(() => {});
    return {
      sql,
      from,
      scope,
      applied,
      release: async () => {
        try {
          await pool.within(() => sql.unsafe(CLEAR_SCOPE_SQL), from);
        } catch {
          // It closed under the lease (PostgreSQL restarted: postgres.js, patched, see `patches/`,
          // answers at once), its pool was ended or it missed the deadline: `release` is then a no-op
          // or hands back a connection that is closed, and the pool opens a fresh one.
        } finally {
          sql.release();
          releaseSlot();
        }
      },
    };
  };
}

/** Runs `run` on a leased connection once its scope is set (behind a pooler: in a transaction of its own with it). */
function createRunner({ pool, pooled }: { pool: Pool; pooled: boolean }) {
  return async <T>(
    lease: Lease,
    run: (lease: Lease) => PromiseLike<T>,
    { transaction }: { transaction: boolean },
  ) => {
    if (pooled && !transaction) {
      // BEGIN, the scope, the query and COMMIT written at once; a failed query makes COMMIT roll back.
      const steps = [
        pool.within(() => lease.sql.unsafe('BEGIN'), lease.from),
        pool.within(() => applyScope(lease.sql, lease.scope, { local: true }), lease.from),
      ];
      const result = Promise.resolve(run(lease));
      const commit = pool.within(() => lease.sql.unsafe('COMMIT'), lease.from);
      for (const step of [...steps, result, commit]) step.catch(() => {});
      await Promise.all(steps);
      const value = await result;
      await commit;
      return value;
    }
    const result = Promise.resolve(run(lease));
    result.catch(() => {});
    await lease.applied;
    return await result;
  };
}

/**
 * The postgres.js client with every query and every transaction passing through `slots` first.
 * Outside a scope, a query or transaction takes a pooled connection for its own duration; inside a
 * scope, the scope's connection is used (see `withDatabaseScope`), and a transaction or query that
 * would collide with a transaction already running on it takes a connection of its own with the same
 * scope, as it would have from the pool.
 */
function gateClient({
  pool,
  slots,
  acquireTimeoutMs,
  pooler = 'none',
}: {
  pool: Pool;
  slots: Slots;
  acquireTimeoutMs: number;
  /**
   * `transaction`: behind a pooler in transaction mode, a connection is one server connection only
   * for the length of a transaction, so a scope's settings are set inside every transaction and every
   * single query runs in a transaction of its own with them (pipelined: no extra round trip).
   */
  pooler?: 'none' | 'transaction';
}): postgres.Sql {
  const gate = {};
  const pooled = pooler === 'transaction';

  const leaseConnection = createLeaser({ pool, slots, acquireTimeoutMs, pooled });
  const runOn = createRunner({ pool, pooled });

  const inScope = async <T>(
    holder: ScopeHolder,
    { transaction }: { transaction: boolean },
    run: (lease: Lease) => PromiseLike<T>,
  ): Promise<T> => {
    let connection = holder.connections.get(gate);
    if (holder.open && !connection) {
      connection = { lease: leaseConnection(holder.scope), inTransaction: false, inFlight: 0, idle: [] };
      holder.connections.set(gate, connection);
    }
    if (holder.open && connection && !connection.inTransaction) {
      const shared = connection;
      shared.inFlight += 1;
      if (transaction) shared.inTransaction = true;
      try {
        return await runOn(await shared.lease, run, { transaction });
      } finally {
        if (transaction) shared.inTransaction = false;
        shared.inFlight -= 1;
        if (shared.inFlight === 0) for (const resolve of shared.idle.splice(0)) resolve();
      }
    }
    const own = await leaseConnection(holder.scope);
    try {
      return await runOn(own, run, { transaction });
    } finally {
      await own.release();
    }
  };

  return new Proxy(pool.current(), {
    get(_target, property) {
      const target = pool.current();
      if (property === 'unsafe') {
        return (...args: Parameters<postgres.Sql['unsafe']>) => {
          const holder = scopeStorage.getStore();
          const run = <T>(query: (sql: postgres.Sql | postgres.ReservedSql) => PromiseLike<T>) =>
            holder
              ? inScope(holder, { transaction: false }, ({ sql, from }) =>
                  pool.within(() => query(sql), from),
                )
              : withSlot(slots, () => pool.within(() => query(target), target));
          return {
            // biome-ignore lint/suspicious/noThenProperty: drizzle awaits the query object
            then: (onResolved: (value: unknown) => unknown, onRejected: (error: unknown) => unknown) =>
              run((sql) => sql.unsafe(...args)).then(onResolved, onRejected),
            values: () => run((sql) => sql.unsafe(...args).values()),
          };
        };
      }
      if (property === 'begin') {
        return (...args: unknown[]) => {
          const holder = scopeStorage.getStore();
          if (holder) {
            const prelude = pooled
              ? (sql: postgres.ReservedSql) => applyScope(sql, holder.scope, { local: true })
              : undefined;
            return inScope(holder, { transaction: true }, (lease) => beginOn(lease, pool, args, prelude));
          }
          // Outside a scope (only the command line's and the generator's work): the whole transaction.
          return withSlot(slots, () =>
            pool.within(() => (target.begin as (...a: unknown[]) => PromiseLike<unknown>)(...args), target),
          );
        };
      }
      return Reflect.get(target, property, target);
    },
  });
}

/** The database handle every repository takes; a transaction is one too, so repositories work in both. */
export type Database = PgDatabase<PgQueryResultHKT>;

export type DatabaseDriver = 'pglite' | 'postgres';

export type DatabaseConnection = {
  db: Database;
  driver: DatabaseDriver;
  /** Applies the committed migrations that are not applied yet. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

/** The folder of committed SQL migrations, found upwards from this file (works from src and from dist). */
export function findMigrationsFolder({
  from = dirname(fileURLToPath(import.meta.url)),
}: {
  from?: string;
} = {}) {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'drizzle');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The drizzle migrations folder was not found next to the API.');
    dir = parent;
  }
}

type Journal = { entries: { idx: number; when: number; tag: string }[] };

function readJournal({ migrationsFolder }: { migrationsFolder: string }): Journal {
  return JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/**
 * Held (a session advisory lock) while migrating, so API processes started at the same moment on one
 * database migrate one after the other: the later ones find the migrations applied.
 */
const MIGRATION_LOCK_KEY = 7_204_337;

/**
 * Migrates as the owner of the tables, then grants the API's role (the role of `client`) what it
 * needs: rows of every table (the job queue's included), but only reading and appending on the audit log.
 */
async function migrateAsOwner({
  ownerUrl,
  client,
  migrationsFolder,
}: {
  ownerUrl: string;
  client: postgres.Sql;
  migrationsFolder: string;
}) {
  const [{ role } = { role: '' }] = await client.unsafe<{ role: string }[]>('SELECT current_user AS role');
  // One connection, so the system scope set first holds for every migration (FORCE applies to owners).
  const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await owner.unsafe("SELECT set_config('digipakket.scope', 'system', false)");
    // Released when this connection ends.
    await owner.unsafe(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await migratePostgres(drizzlePostgres({ client: owner }), { migrationsFolder });
    const [{ ownerRole } = { ownerRole: '' }] = await owner.unsafe<{ ownerRole: string }[]>(
      'SELECT current_user AS "ownerRole"',
    );
    if (role === ownerRole) return;
    const grantee = `"${role.replaceAll('"', '""')}"`;
    await owner.unsafe(`GRANT USAGE ON SCHEMA public TO ${grantee}`);
    await owner.unsafe(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${grantee}`);
    await owner.unsafe(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${grantee}`);
    await owner.unsafe(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${grantee}`);
    await owner.unsafe(`GRANT USAGE ON SCHEMA drizzle TO ${grantee}`);
    await owner.unsafe(`GRANT SELECT ON drizzle.__drizzle_migrations TO ${grantee}`);
    // The job queue (pg-boss, migration 0027): its rows, not its tables or functions.
    await owner.unsafe(`GRANT USAGE ON SCHEMA pgboss TO ${grantee}`);
    await owner.unsafe(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${grantee}`);
  } finally {
    await owner.end({ timeout: 5 });
  }
}

/**
 * Seconds before the next attempt to reconnect, after `failures` failed ones in a row (counted across
 * the pool). postgres.js grows it to 20 s, so after a PostgreSQL restart queries waited for a
 * connection far longer than any client does; here it starts at 50 ms and stays under a second.
 */
export function reconnectDelaySeconds(failures: number): number {
  return Math.min(0.05 * 2 ** failures, 1) * (0.5 + Math.random() / 2);
}

/**
 * A pool of up to `poolSize` connections to `url`, named `applicationName` in `pg_stat_activity`,
 * reconnecting within a second (`reconnectDelaySeconds`) and replaced when a statement misses the
 * answer deadline (`createPool`). `readOnly`: its sessions take no write (`default_transaction_read_only`).
 */
export function openPostgresPool({
  url,
  poolSize,
  prepare,
  applicationName,
  answerTimeoutSeconds,
  connectTimeoutSeconds,
  readOnly = false,
}: {
  url: string;
  poolSize: number;
  prepare: boolean;
  applicationName: string;
  /** 0: no deadline. */
  answerTimeoutSeconds: number;
  /** How long a new connection may take; postgres.js's default (30 s) when left out. */
  connectTimeoutSeconds?: number;
  readOnly?: boolean;
}): Pool {
  return createPool({
    open: () =>
      postgres(url, {
        max: poolSize,
        prepare,
        onnotice: () => {},
        connection: {
          application_name: applicationName,
          ...(readOnly ? { default_transaction_read_only: true } : {}),
        },
        ...(connectTimeoutSeconds ? { connect_timeout: connectTimeoutSeconds } : {}),
        backoff: reconnectDelaySeconds,
      }),
    answerTimeoutMs: answerTimeoutSeconds * 1000,
  });
}

/** The URL of another database on the same PostgreSQL server, with the same user and options. */
export function onDatabase({ serverUrl, name }: { serverUrl: string; name: string }): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Opens the database: PostgreSQL through postgres.js when a URL is given, else embedded PGlite in
 * `dataDir` (`memory://` for a throwaway one). PGlite is one connection in this process and does not
 * lock its folder itself: the folder's lock (`database.lock.ts`) is taken first and given back after
 * closing, so a second process (or a second opening in this one) is refused with
 * `database.data_dir_in_use` instead of losing acknowledged writes.
 */
export async function openDatabase({
  url,
  ownerUrl,
  dataDir,
  poolSize = 10,
  acquireTimeoutMs = 3_000,
  prepare = true,
  pooler = 'none',
  answerTimeoutSeconds = 0,
  opener = { command: 'digipakket' },
  snapshot,
}: {
  url?: string | undefined;
  /**
   * PostgreSQL only: the role that owns the tables, for migrations; afterwards it grants the role of
   * `url` what the API needs. Without it, `url`'s role migrates and owns the tables itself.
   */
  ownerUrl?: string | undefined;
  dataDir?: string;
  poolSize?: number;
  /** PostgreSQL only: how long a query waits for a free connection before answering 503 `database.busy`. */
  acquireTimeoutMs?: number;
  /** PostgreSQL only: false sends every statement unnamed (PgBouncer before 1.21 in transaction mode). */
  prepare?: boolean;
  /** PostgreSQL only: `transaction` behind a pooler in transaction mode (see `gateClient`). */
  pooler?: 'none' | 'transaction';
  /**
   * PostgreSQL only: seconds a statement may go unanswered before it fails with 503
   * `database.unavailable` and the pool is replaced by a fresh one (see `createPool`); 0: no deadline.
   * Migrations run without it.
   */
  answerTimeoutSeconds?: number;
  /** PGlite in a folder only: who opens it, written in its lock and shown to a process refused. */
  opener?: DataDirOpener;
  /**
   * In-memory PGlite only: start from this dump (`dumpDataDir`) instead of an empty cluster, which
   * skips PGlite's initdb and whatever the dump already holds (the test suites' migrated database).
   */
  snapshot?: Blob | undefined;
}): Promise<DatabaseConnection> {
  const migrationsFolder = findMigrationsFolder();

  if (url) {
    let migrating = false;
    const pool = openPostgresPool({
      url,
      poolSize,
      prepare,
      applicationName: 'digipakket-api',
      answerTimeoutSeconds,
    });
    const deadline = pool.within;
    pool.within = (answer, on) => (migrating ? Promise.resolve(answer()) : deadline(answer, on));
    const db = drizzlePostgres({
      client: gateClient({
        pool,
        slots: createSlots({ size: poolSize, timeoutMs: acquireTimeoutMs }),
        acquireTimeoutMs,
        pooler,
      }),
    });
    return {
      db: db as unknown as Database,
      driver: 'postgres',
      migrate: async () => {
        migrating = true;
        try {
          await (ownerUrl
            ? migrateAsOwner({ ownerUrl, client: pool.current(), migrationsFolder })
            : withSystemScope({
                // The scope's one connection holds the lock, runs the migrations and lets go.
                work: async () => {
                  await db.execute(sql.raw(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`));
                  try {
                    await migratePostgres(db, { migrationsFolder });
                  } finally {
                    await db.execute(sql.raw(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`));
                  }
                },
              }));
        } finally {
          migrating = false;
        }
      },
      close: () => pool.end(),
    };
  }

  const inMemory = !dataDir || dataDir.startsWith('memory://');
  if (inMemory) {
    const client = snapshot
      ? await PGlite.create({ loadDataDir: snapshot, extensions: PGLITE_EXTENSIONS })
      : await PGlite.create(undefined, { extensions: PGLITE_EXTENSIONS });
    const db = drizzlePglite({ client });
    return {
      db: db as unknown as Database,
      driver: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: () => client.close(),
    };
  }
  const lock = acquireDataDirLock({ dataDir, opener });
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
  } catch (error) {
    lock.release();
    throw error;
  }
  const db = drizzlePglite({ client });
  let closed: Promise<void> | undefined;
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    // The lock is given back only once PGlite has written everything and closed.
    close: () => {
      closed ??= client.close().finally(() => lock.release());
      return closed;
    },
  };
}

/** The PostgreSQL extensions the migrations create, as PGlite has to load them. */
export const PGLITE_EXTENSIONS = { pg_trgm, btree_gin };

/** Rows of a raw query, whichever driver ran it (PGlite answers `{ rows }`, postgres.js an array). */
export async function queryRows<T extends Record<string, unknown>>({
  db,
  query,
}: {
  db: Database;
  query: SQL;
}) {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** How many migrations are applied, and the name of the newest one. */
export async function getMigrationStatus({ db }: { db: Database }) {
  const journal = readJournal({ migrationsFolder: findMigrationsFolder() });
  const rows = await queryRows<{ created_at: string | number }>({
    db,
    query: sql`SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at`,
  });
  const last = rows.at(-1);
  const latest = last
    ? journal.entries.find((entry) => entry.when === Number(last.created_at))?.tag
    : undefined;
  return { applied: rows.length, latest: latest ?? null, known: journal.entries.length };
}

/**
 * Runs `work` in one transaction, retrying a few times on serialization failures and deadlocks, so
 * callers see either the whole write or a clean error, never half of it.
 */
export async function withTransaction<T>({
  db,
  work,
  retries = 3,
}: {
  db: Database;
  work: (tx: Database) => Promise<T>;
  retries?: number;
}): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.transaction((tx) => work(tx as unknown as Database));
    } catch (error) {
      if (attempt >= retries || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 10));
    }
  }
}
