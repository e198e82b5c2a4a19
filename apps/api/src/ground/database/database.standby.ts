import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';
import type { Clock } from '../shared/clock';
import { isAppError } from '../shared/errors';
import { applyScope, type Database, type DatabaseScope, openPostgresPool } from './database';
import { isDatabaseUnavailableError } from './database.availability';

/**
 * How fresh the figures of an answer are: read from the standby (`dataAsOf` is the last primary
 * commit it had replayed, `lagSeconds` how long ago that was) or from the primary (current).
 */
export type DataFreshness = { source: 'standby' | 'primary'; dataAsOf: Date; lagSeconds: number };

/**
 * How far behind the standby is, in seconds, measured in the read's own transaction: 0 when it has
 * replayed everything it received and its WAL receiver runs (the view shows the API's role only the
 * receiver's pid, which is enough), else the time since the last primary commit it replayed. Null
 * when it cannot say (nothing replayed since it started while WAL waits): too old. A node that is not
 * in recovery (a promoted standby) is current.
 */
const LAG_SQL = `SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
      AND EXISTS (SELECT FROM pg_stat_wal_receiver) THEN 0
    ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8
  END AS lag`;

/** Why the standby did not answer a read: the primary answers it instead. */
type StandbyState = 'serving' | 'unreachable' | 'behind';

class StandbyBehindError extends Error {
  constructor(readonly lagSeconds: number | null) {
    super('The standby is too far behind the primary.');
  }
}

function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * True when the primary should answer instead: the standby is unreachable, restarting, past the answer
 * deadline, or cancelled the read to replay WAL (a recovery conflict, 40001). A write refused there
 * (25006, read-only transaction) is a mistake in the read, never sent to the primary in its place.
 */
function isStandbyFailure(error: unknown): boolean {
  const code = sqlStateOf(error);
  if (code === '25006') return false;
  if (code === '40001' || code === '40P01' || code === '53300') return true;
  if (code && /^E[A-Z]+$/.test(code)) return true;
  if (isAppError(error)) return error.code === 'database.unavailable' || error.code === 'database.busy';
  return isDatabaseUnavailableError(error);
}

export type Standby = {
  /**
   * Runs `work` on the standby, in `scope` (row-level security as on the primary), in one `READ ONLY`
   * repeatable-read transaction, so every query of it sees the same moment. Null when the standby
   * cannot answer or is more than the allowed lag behind: the caller reads from the primary.
   */
  read: <T>(args: {
    scope: DatabaseScope;
    clock: Clock;
    work: (db: Database) => Promise<T>;
  }) => Promise<{ value: T; freshness: DataFreshness } | null>;
  close: () => Promise<void>;
};

/**
 * A second, read-only pool on a streaming standby (`DATABASE_READ_URL`, as the API's own role). It
 * logs a line each time its state changes (serving, unreachable, behind), not at every request.
 */
export function openStandby({
  url,
  maxLagSeconds,
  poolSize = 5,
  prepare = true,
  answerTimeoutSeconds = 10,
  logger,
}: {
  url: string;
  maxLagSeconds: number;
  poolSize?: number;
  prepare?: boolean;
  /** Seconds a read may go unanswered before the primary answers it and the pool is replaced; 0: none. */
  answerTimeoutSeconds?: number;
  logger: Logger;
}): Standby {
  const pool = openPostgresPool({
    url,
    poolSize,
    prepare,
    applicationName: 'digipakket-api-reports',
    answerTimeoutSeconds,
    connectTimeoutSeconds: 2,
    readOnly: true,
  });
  // drizzle sets its parsers on the pool's options once; each read's transaction uses the same ones.
  drizzlePostgres({ client: pool.current() });
  let state: StandbyState | null = null;
  const note = (next: StandbyState, fields: Record<string, unknown> = {}) => {
    if (next === state) return;
    const before = state;
    state = next;
    if (next === 'serving') {
      if (before) logger.info('standby serving reports again', fields);
      return;
    }
    logger.warn(
      next === 'behind'
        ? `standby more than ${maxLagSeconds} s behind; reports read from the primary`
        : 'standby unreachable; reports read from the primary',
      fields,
    );
  };

  return {
    read: async ({ scope, clock, work }) => {
      try {
        const client = pool.current();
        const { value, lagSeconds } = await pool.within(() =>
          client.begin('isolation level repeatable read read only', async (tx) => {
            const [[row]] = await Promise.all([
              tx.unsafe<{ lag: number | null }[]>(LAG_SQL),
              applyScope(tx, scope, { local: true }),
            ]);
            const lag = row?.lag ?? null;
            if (lag === null || lag > maxLagSeconds) throw new StandbyBehindError(lag);
            // The transaction's client with the pool's options, which drizzle reads its parsers from.
            const db = drizzlePostgres({
              client: Object.assign(tx, { options: client.options }) as unknown as postgres.Sql,
            });
            return { value: await work(db as unknown as Database), lagSeconds: Math.max(0, lag) };
          }),
        );
        note('serving');
        const rounded = Math.round(lagSeconds * 10) / 10;
        return {
          value,
          freshness: {
            source: 'standby' as const,
            dataAsOf: new Date(clock.now().getTime() - lagSeconds * 1000),
            lagSeconds: rounded,
          },
        };
      } catch (error) {
        if (error instanceof StandbyBehindError) {
          note('behind', { lagSeconds: error.lagSeconds });
          return null;
        }
        if (!isStandbyFailure(error)) throw error;
        note('unreachable', { code: sqlStateOf(error) ?? null });
        return null;
      }
    },
    close: () => pool.end(),
  };
}

/** The standby `DATABASE_READ_URL` names, with the primary's pool size, statements and deadline; null without one. */
export function openConfiguredStandby({
  config,
  logger,
}: {
  config: Config;
  logger: Logger;
}): Standby | null {
  const { read, poolSize, prepare, answerTimeoutSeconds } = config.database;
  if (!read) return null;
  return openStandby({
    url: read.url,
    maxLagSeconds: read.maxLagSeconds,
    poolSize,
    prepare,
    answerTimeoutSeconds,
    logger,
  });
}

/**
 * Reads for a report: from the standby when there is one and it can answer, else from `db` (the
 * primary, in the request's scope), saying which and how fresh.
 */
export async function readFromStandbyOrPrimary<T>({
  standby,
  scope,
  db,
  clock,
  work,
}: {
  standby: Standby | null;
  scope: DatabaseScope;
  db: Database;
  clock: Clock;
  work: (db: Database) => Promise<T>;
}): Promise<{ value: T; freshness: DataFreshness }> {
  const fromStandby = standby ? await standby.read({ scope, clock, work }) : null;
  if (fromStandby) return fromStandby;
  return { value: await work(db), freshness: { source: 'primary', dataAsOf: clock.now(), lagSeconds: 0 } };
}
