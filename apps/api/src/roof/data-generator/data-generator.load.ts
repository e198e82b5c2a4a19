import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { type Database, openDatabase, queryRows, withSystemScope } from '../../ground/database/database';
import { hashPassword } from '../../records/users/users.passwords';
import { type GenerateProgress, generateData } from './data-generator';
import { municipalityOf } from './data-generator.people';
import { createCopySink, createInsertSink } from './data-generator.sinks';
import { checkTableCatalogue, TABLE_ORDER } from './data-generator.tables';

export type LoadOptions = {
  /** PostgreSQL URL; without it, PGlite in `dataDir`. */
  url?: string | undefined;
  dataDir?: string | undefined;
  seed: number;
  tenants: number;
  clientsPerTenant: number;
  today: string;
  password: string;
  /** Batches loading at once on PostgreSQL (each on its own connection, in its own transaction). */
  parallel?: number;
  /**
   * Bulk-load mode: drop the loaded tables' foreign keys and non-unique indexes first and add them
   * again after (adding a foreign key checks every row in one pass, far cheaper than row by row).
   */
  deferIndexes?: boolean;
  onProgress?: (progress: GenerateProgress) => void;
  onStep?: (message: string) => void;
};

/**
 * Migrates the database, then loads a generated data set: COPY on PostgreSQL, multi-row INSERTs on
 * PGlite. Constraints stay in place, so the database itself checks every generated row; ANALYZE at
 * the end so the planner knows the new sizes.
 */
export function loadGeneratedData(options: LoadOptions) {
  // Generated tenants are written before anyone works in them; COPY needs an owner that row-level
  // security does not apply to (a superuser), the INSERTs on PGlite the system scope.
  return withSystemScope({ work: () => loadGenerated(options) });
}

async function loadGenerated(options: LoadOptions) {
  const { problems } = checkTableCatalogue();
  if (problems.length > 0)
    throw new Error(`The generator no longer matches the schema:\n${problems.join('\n')}`);
  const step = options.onStep ?? (() => {});
  const connection = await openDatabase({
    url: options.url,
    dataDir: options.dataDir,
    opener: { command: 'pnpm data:generate' },
  });
  try {
    step('migrating');
    await connection.migrate();
    await refuseLoadedTenants({ db: connection.db, tenants: options.tenants });
    const passwordHash = await hashPassword({ password: options.password });
    const common = {
      seed: options.seed,
      tenants: options.tenants,
      clientsPerTenant: options.clientsPerTenant,
      today: options.today,
      passwordHash,
      onProgress: options.onProgress,
    };
    if (!options.url) {
      const result = await generateData({
        ...common,
        withSink: (work) =>
          connection.db.transaction((tx) => work(createInsertSink({ db: tx as unknown as Database }))),
      });
      step('analyzing');
      await connection.db.execute(sql.raw('ANALYZE'));
      return result;
    }

    const parallel = options.parallel ?? 2;
    const client = postgres(options.url, { max: parallel + 1, onnotice: () => {} });
    try {
      const deferred = options.deferIndexes ? await dropDeferrable({ client }) : [];
      if (deferred.length > 0)
        step(`dropped ${deferred.length} foreign keys and secondary indexes for the load`);
      let result: Awaited<ReturnType<typeof generateData>> | undefined;
      let loadError: unknown;
      try {
        result = await generateData({
          ...common,
          parallel,
          withSink: async (work) => {
            // A batch is one transaction and its rows are made before it starts, so a batch rolled
            // back by a deadlock, a serialization failure or a probe that met its COPY still running
            // is written again whole.
            for (let attempt = 1; ; attempt += 1) {
              try {
                await client.begin(async (tx) => {
                  await work(createCopySink({ sql: tx }));
                });
                return;
              } catch (error) {
                const code = (error as { code?: string }).code;
                if (attempt >= 3 || !['40P01', '40001', 'COPY_IN_PROGRESS'].includes(code ?? '')) throw error;
                step(`a batch was rolled back (${code}); writing it again`);
              }
            }
          },
        });
      } catch (error) {
        loadError = error;
      }
      if (deferred.length > 0) {
        step(`rebuilding ${deferred.length} indexes and foreign keys`);
        try {
          // Indexes first, side by side: the foreign-key checks use the parents' primary keys and
          // run faster after. Foreign keys one at a time: adding two at once locks both tables of
          // each and can deadlock.
          const indexes = deferred.filter((item) => item.kind === 'index');
          const keys = deferred.filter((item) => item.kind === 'foreign_key');
          await Promise.all(
            chunk(indexes, Math.ceil(indexes.length / parallel)).map(async (part) => {
              for (const item of part) await client.unsafe(item.restore);
            }),
          );
          for (const item of keys) await client.unsafe(item.restore);
        } catch (error) {
          // After a failed load, the load's own error is the one to report.
          if (loadError === undefined) throw error;
          step(
            `rebuilding after the failed load stopped too: ${error instanceof Error ? error.message : error}`,
          );
        }
      }
      if (loadError !== undefined || !result) throw loadError;
      step('analyzing');
      await client.unsafe(`ANALYZE ${TABLE_ORDER.map((name) => `"${name}"`).join(', ')}`);
      return result;
    } finally {
      await client.end({ timeout: 5 });
    }
  } finally {
    await connection.close();
  }
}

/** Generated tenants have fixed slugs; loading them twice would clash half way, so refuse up front. */
async function refuseLoadedTenants({ db, tenants }: { db: Database; tenants: number }) {
  const slugs = Array.from(
    { length: tenants },
    (_, tenantIndex) => `ocmw-${municipalityOf({ tenantIndex }).slug}`,
  );
  const rows = await queryRows<{ slug: string }>({
    db,
    query: sql`SELECT slug FROM tenants WHERE slug IN (${sql.join(
      slugs.map((slug) => sql`${slug}`),
      sql`, `,
    )}) LIMIT 3`,
  });
  if (rows.length > 0) {
    throw new Error(
      `The database already holds generated tenants (${rows.map((row) => row.slug).join(', ')}…); load into an empty database.`,
    );
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, n) =>
    items.slice(n * size, n * size + size),
  );
}

type Deferred = { kind: 'index' | 'foreign_key'; restore: string };

/**
 * Drops the foreign keys and non-unique indexes of the loaded tables, returning the statements that
 * bring each back. Unique indexes, CHECK and NOT NULL constraints stay, so they still hold row by row.
 */
async function dropDeferrable({ client }: { client: postgres.Sql }): Promise<Deferred[]> {
  const tables = TABLE_ORDER as unknown as string[];
  const keys = await client<{ tableName: string; name: string; definition: string }[]>`
    SELECT quote_ident(t.relname) AS "tableName", quote_ident(c.conname) AS name,
      pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c
    JOIN pg_class t ON t.oid = c.conrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND c.contype = 'f' AND t.relname = ANY(${tables})
    ORDER BY t.relname, c.conname`;
  const indexes = await client<{ name: string; definition: string }[]>`
    SELECT quote_ident(ci.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i
    JOIN pg_class ct ON ct.oid = i.indrelid
    JOIN pg_class ci ON ci.oid = i.indexrelid
    JOIN pg_namespace n ON n.oid = ct.relnamespace
    WHERE n.nspname = 'public' AND ct.relname = ANY(${tables})
      AND NOT i.indisunique AND NOT i.indisprimary
    ORDER BY ci.relname`;
  const deferred: Deferred[] = [];
  await client.begin(async (tx) => {
    for (const key of keys) {
      await tx.unsafe(`ALTER TABLE ${key.tableName} DROP CONSTRAINT ${key.name}`);
      deferred.push({
        kind: 'foreign_key',
        restore: `ALTER TABLE ${key.tableName} ADD CONSTRAINT ${key.name} ${key.definition}`,
      });
    }
    for (const index of indexes) {
      await tx.unsafe(`DROP INDEX ${index.name}`);
      deferred.push({ kind: 'index', restore: index.definition });
    }
  });
  return deferred;
}

/** How many rows each generated table holds now. */
export function countTableRows({ url, dataDir }: { url?: string; dataDir?: string }) {
  return withSystemScope({ work: () => countRows({ url, dataDir }) });
}

async function countRows({ url, dataDir }: { url?: string; dataDir?: string }) {
  const connection = await openDatabase({ url, dataDir, opener: { command: 'pnpm data:generate' } });
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLE_ORDER) {
      const [row] = await queryRows<{ n: number | string }>({
        db: connection.db,
        query: sql.raw(`SELECT count(*) AS n FROM "${table}"`),
      });
      counts[table] = Number(row?.n ?? 0);
    }
    return counts;
  } finally {
    await connection.close();
  }
}
