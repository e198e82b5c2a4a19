import { describe, expect, it } from 'vitest';
import { loadGeneratedData } from './data-generator.load';

describe('data generator on PGlite', () => {
  it('loads a small data set with multi-row inserts and the schema accepts every row', async () => {
    const result = await loadGeneratedData({
      dataDir: 'memory://',
      seed: 2,
      tenants: 1,
      clientsPerTenant: 120,
      today: '2025-03-12',
      password: 'bench-password-1',
    });
    expect(result.rowsByTable.clients).toBe(120);
    expect(result.rowsByTable.cheques).toBeGreaterThan(0);
    expect(result.rowsByTable.attendance).toBeGreaterThan(0);
    expect(result.rows).toBeGreaterThan(1000);
  }, 60_000);
});
