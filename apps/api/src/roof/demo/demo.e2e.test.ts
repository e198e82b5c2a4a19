import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../ground/config/config';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { createManualClock } from '../../ground/shared/clock';
import { clientsTable } from '../../records/clients/clients.tables';
import { devicesTable } from '../../records/devices/devices.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { visitsTable } from '../../tracks/visits/visits.tables';
import { appForFile } from '../testing/app-for-file';
import { TEST_NOW, type TestApp } from '../testing/test-app';
import { listDemoAccounts } from './demo.accounts';
import { isDatabaseEmpty, loadDemoData, shouldLoadDemo } from './demo.seed';

let t: TestApp;
appForFile(
  (app) => {
    t = app;
  },
  { demo: false },
);

const countOf = async (
  table: typeof clientsTable | typeof tenantsTable | typeof usersTable | typeof devicesTable,
) => (await t.db.select({ n: count() }).from(table))[0]!.n;

describe('demo data', () => {
  it('loads into an empty database once, and not a second time', async () => {
    expect(await isDatabaseEmpty({ db: t.db })).toBe(true);
    const clock = createManualClock({ start: TEST_NOW });
    const first = await loadDemoData({ db: t.db, clock, password: t.config.demo.password });
    expect(first.loaded).toBe(true);
    expect(await countOf(tenantsTable)).toBe(1);
    expect(await countOf(usersTable)).toBe(7);
    expect(await countOf(clientsTable)).toBe(50);
    expect(await countOf(devicesTable)).toBe(36);

    const second = await loadDemoData({ db: t.db, clock, password: t.config.demo.password });
    expect(second.loaded).toBe(false);
    expect(await countOf(clientsTable)).toBe(50);
    expect(await countOf(tenantsTable)).toBe(1);
  });

  it('redeems each redeemed cheque with exactly one visit', async () => {
    const redeemed = await t.db
      .select({ id: chequesTable.id, status: chequesTable.status })
      .from(chequesTable);
    const visits = await t.db.select({ chequeId: visitsTable.chequeId }).from(visitsTable);
    const redeemedIds = redeemed.filter((cheque) => cheque.status === 'redeemed').map((cheque) => cheque.id);
    expect(redeemedIds.length).toBeGreaterThan(0);
    expect(visits.map((visit) => visit.chequeId).sort()).toEqual(redeemedIds.sort());
  });

  it('lets every demo account log in with the demo password, on its own portal', async () => {
    for (const account of listDemoAccounts({ password: t.config.demo.password })) {
      const res = await t.request('/api/auth/login', {
        method: 'POST',
        body: { email: account.email, password: account.password, portal: account.portal },
      });
      expect(res.status, account.email).toBe(200);
      expect((await res.json()).user.role).toBe(account.role);
    }
  });
});

describe('shouldLoadDemo', () => {
  it('loads automatically outside production, never in production unless forced', () => {
    const decide = (NODE_ENV: string, DEMO_DATA: string) =>
      shouldLoadDemo({ config: loadConfig({ env: { NODE_ENV, DEMO_DATA } }) });
    expect(decide('development', 'auto')).toBe(true);
    expect(decide('production', 'auto')).toBe(false);
    expect(decide('production', 'force')).toBe(true);
    expect(decide('development', 'never')).toBe(false);
  });
});
