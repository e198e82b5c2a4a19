import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { demoTenantId } from '../../roof/testing/demo-rows';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let coordinator: string;
let tenantId: string;
signedInAppForFile({ coordinator: 'coordinator@beego.demo' }, async (started) => {
  ({ t, coordinator } = started);
  tenantId = await demoTenantId(t.db);
});

async function make(month: string) {
  const res = await t.request('/api/statements', {
    method: 'POST',
    cookie: coordinator,
    body: { tenantId, month },
  });
  expect(res.status).toBe(201);
  return (await res.json()).statement;
}

describe('statement amounts when the programme price changes', () => {
  it('keeps a stated month at its old price and states the next month at the new one', async () => {
    const january = await make('2025-01');
    expect(january.totals.priceCentsPerCheque).toBe(4000);

    await t.db
      .update(programmesTable)
      .set({ settings: sql`${programmesTable.settings} || '{"priceCentsPerCheque": 4500}'::jsonb` })
      .where(eq(programmesTable.tenantId, tenantId));
    const february = await make('2025-02');
    expect(february.lines.every((line: { priceCents: number }) => line.priceCents === 4500)).toBe(true);
    expect(february.totals).toMatchObject({
      amountCents: february.lines.length * 4500,
      priceCentsPerCheque: 4500,
    });

    const again = await (await t.request(`/api/statements/${january.id}`, { cookie: coordinator })).json();
    expect(again.statement.lines.every((line: { priceCents: number }) => line.priceCents === 4000)).toBe(
      true,
    );
    expect(again.statement.totals.amountCents).toBe(january.lines.length * 4000);
    const list = await (await t.request('/api/statements', { cookie: coordinator })).json();
    const amounts = Object.fromEntries(
      list.items.map((item: { month: string; totals: { amountCents: number } }) => [
        item.month,
        item.totals.amountCents,
      ]),
    );
    expect(amounts).toEqual({
      '2025-01': january.lines.length * 4000,
      '2025-02': february.lines.length * 4500,
    });
  });
});
