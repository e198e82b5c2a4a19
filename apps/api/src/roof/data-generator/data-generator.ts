import type { RowSink } from './data-generator.sinks';
import { GENERATED_TABLES, TABLE_ORDER } from './data-generator.tables';
import { countRows, emptyBatch, generateTenant, TENANTS_PER_PARTNER } from './data-generator.tenant';

/** The two sizes QUALITY.md designs for. */
export const DATA_SIZES = {
  gent: { tenants: 1, clientsPerTenant: 3000 },
  flanders: { tenants: 300, clientsPerTenant: 3000 },
} as const;

export type DataSize = keyof typeof DATA_SIZES;

export type GenerateProgress = {
  tenantsDone: number;
  tenants: number;
  rows: number;
  elapsedMs: number;
  rowsPerSecond: number;
  etaMs: number;
};

/**
 * Generates `tenants` tenants of `clientsPerTenant` clients and writes them through sinks, a batch of
 * tenants at a time (memory stays flat whatever the size). Batches hold whole partner groups, so each
 * batch is self-contained and `parallel` batches can load at once, each through its own sink.
 */
export async function generateData({
  seed,
  tenants,
  clientsPerTenant,
  today,
  passwordHash,
  withSink,
  parallel = 1,
  tenantsPerBatch = TENANTS_PER_PARTNER,
  onProgress,
}: {
  seed: number;
  tenants: number;
  clientsPerTenant: number;
  today: string;
  passwordHash: string;
  /** Runs one batch's writes, e.g. in a transaction of its own. */
  withSink: (work: (sink: RowSink) => Promise<void>) => Promise<void>;
  parallel?: number;
  tenantsPerBatch?: number;
  onProgress?: (progress: GenerateProgress) => void;
}): Promise<{ rows: number; elapsedMs: number; rowsByTable: Record<string, number> }> {
  const started = performance.now();
  const perBatch = Math.max(
    TENANTS_PER_PARTNER,
    Math.ceil(tenantsPerBatch / TENANTS_PER_PARTNER) * TENANTS_PER_PARTNER,
  );
  const rowsByTable: Record<string, number> = Object.fromEntries(TABLE_ORDER.map((name) => [name, 0]));
  let rows = 0;
  let tenantsDone = 0;
  let nextTenant = 0;

  const worker = async () => {
    while (nextTenant < tenants) {
      const first = nextTenant;
      const last = Math.min(tenants, first + perBatch);
      nextTenant = last;
      const batch = emptyBatch();
      for (let tenantIndex = first; tenantIndex < last; tenantIndex += 1) {
        generateTenant({ seed, tenantIndex, clients: clientsPerTenant, today, passwordHash, batch });
      }
      await withSink(async (sink) => {
        for (const table of TABLE_ORDER) {
          await sink.write({ table, columns: GENERATED_TABLES[table].columns, rows: batch[table] });
        }
      });
      for (const table of TABLE_ORDER) rowsByTable[table] = (rowsByTable[table] ?? 0) + batch[table].length;
      rows += countRows(batch);
      tenantsDone += last - first;
      const elapsedMs = performance.now() - started;
      onProgress?.({
        tenantsDone,
        tenants,
        rows,
        elapsedMs,
        rowsPerSecond: rows / (elapsedMs / 1000),
        etaMs: (elapsedMs / tenantsDone) * (tenants - tenantsDone),
      });
    }
  };
  // When one batch fails, the others finish the batch they are writing and take no new one; the
  // caller only hears of the failure once nothing writes any more (it may rebuild indexes next).
  const outcomes = await Promise.allSettled(
    Array.from({ length: Math.max(1, parallel) }, () =>
      worker().catch((error: unknown) => {
        nextTenant = tenants;
        throw error;
      }),
    ),
  );
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return { rows, elapsedMs: performance.now() - started, rowsByTable };
}
