import { parseArgs } from 'node:util';
import { DATA_SIZES, type DataSize } from './data-generator';
import { loadGeneratedData } from './data-generator.load';

// `pnpm data:generate --size gent|flanders [--seed N] [--database-url URL] [--tenants N --clients-per-tenant N]`

const usage = `Usage: pnpm data:generate --size gent|flanders [options]
  --seed N                 seed of the generator (default 1): the same seed gives the same rows
  --database-url URL       PostgreSQL to load into (default DATABASE_URL); without one, PGlite in --data-dir
  --data-dir DIR           PGlite data folder (default .data/pglite-bench)
  --tenants N              override the size's number of tenants
  --clients-per-tenant N   override the size's clients per tenant
  --today YYYY-MM-DD       the date the data is "around" (default today, UTC)
  --password TEXT          password of every generated account (default digipakket-demo)
  --parallel N             batches loading at once on PostgreSQL (default 2)
  --defer-indexes          drop non-unique indexes during the load and rebuild them after (default for flanders)
  --no-defer-indexes       keep every index during the load`;

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'gent' },
      seed: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      tenants: { type: 'string' },
      'clients-per-tenant': { type: 'string' },
      today: { type: 'string' },
      password: { type: 'string', default: 'digipakket-demo' },
      parallel: { type: 'string', default: '2' },
      'defer-indexes': { type: 'boolean' },
      'no-defer-indexes': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (!(values.size in DATA_SIZES)) throw new Error(`--size must be gent or flanders, got "${values.size}"`);
  const size = DATA_SIZES[values.size as DataSize];
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('--today must look like 2025-03-12');
  const tenants = positive('tenants', values.tenants) ?? size.tenants;
  const clientsPerTenant =
    positive('clients-per-tenant', values['clients-per-tenant']) ?? size.clientsPerTenant;
  const deferIndexes = values['no-defer-indexes']
    ? false
    : (values['defer-indexes'] ?? tenants * clientsPerTenant >= 100_000);

  process.stdout.write(
    `Generating ${tenants} tenant(s) x ${clientsPerTenant} clients (seed ${values.seed}, around ${today}) into ${url ? 'PostgreSQL' : 'PGlite'}\n`,
  );
  const result = await loadGeneratedData({
    url,
    dataDir: url ? undefined : (values['data-dir'] ?? '.data/pglite-bench'),
    seed: positive('seed', values.seed) ?? 1,
    tenants,
    clientsPerTenant,
    today,
    password: values.password,
    parallel: positive('parallel', values.parallel) ?? 2,
    deferIndexes: Boolean(url) && deferIndexes,
    onStep: (message) => process.stdout.write(`  ${message}\n`),
    onProgress: (p) =>
      process.stdout.write(
        `  ${p.tenantsDone}/${p.tenants} tenants, ${p.rows.toLocaleString('en')} rows, ${Math.round(p.rowsPerSecond).toLocaleString('en')} rows/s, ETA ${Math.round(p.etaMs / 1000)} s\n`,
      ),
  });
  process.stdout.write(
    `Loaded ${result.rows.toLocaleString('en')} rows in ${(result.elapsedMs / 1000).toFixed(1)} s:\n${Object.entries(
      result.rowsByTable,
    )
      .map(([table, n]) => `  ${table.padEnd(20)} ${n.toLocaleString('en')}`)
      .join('\n')}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`data:generate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
