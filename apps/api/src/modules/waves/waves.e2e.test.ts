import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app/testing/test-app';
import { devicesTable } from '../devices/devices.tables';
import { intakesTable } from '../intake/intake.tables';
import { programmesTable } from '../programmes/programmes.tables';

let t: TestApp;
let lead: string;
let programmeId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' }));
  const [programme] = await t.db.select().from(programmesTable);
  programmeId = programme!.id;
});
afterAll(async () => {
  await t.close();
});

const wave = (overrides: Record<string, unknown> = {}) => ({
  programmeId,
  name: 'Golf 3',
  pickupFrom: '2025-05-01',
  pickupUntil: '2025-05-31',
  capacity: { laptops: 1, chequeHours: 4, trainingSeats: 1 },
  ...overrides,
});

describe('planning a wave', () => {
  it('refuses a reversed pickup period with the domain reason', async () => {
    const res = await t.request('/api/waves', {
      method: 'POST',
      cookie: lead,
      body: wave({ pickupFrom: '2025-06-01', pickupUntil: '2025-05-01' }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('wave.invalid');
    expect(body.error.details.reasons).toEqual([
      { code: 'wave.pickup_period.reversed', field: 'pickupUntil' },
    ]);
  });

  it('warns before planning more laptops than are in stock, and plans it once the overflow is accepted', async () => {
    const inStock = await t.db.$count(devicesTable, eq(devicesTable.status, 'in_stock'));
    const res = await t.request('/api/waves', {
      method: 'POST',
      cookie: lead,
      body: wave({ capacity: { laptops: inStock + 500, chequeHours: 10, trainingSeats: 0 } }),
    });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('wave.capacity_exceeded');
    expect(body.error.details.reasons[0]).toMatchObject({ capacity: 'laptops', needed: inStock + 500 });
    expect(body.error.details.reasons[0].limit).toBeLessThanOrEqual(inStock);

    const accepted = await t.request('/api/waves', {
      method: 'POST',
      cookie: lead,
      body: wave({
        name: 'Golf groot',
        capacity: { laptops: inStock + 500, chequeHours: 10, trainingSeats: 0 },
        acceptOverflow: true,
      }),
    });
    expect(accepted.status).toBe(201);
    const { plan } = await accepted.json();
    expect(plan.beyondResources[0]).toMatchObject({ capacity: 'laptops' });
    expect(plan.clients).toBe(0);
  });

  it('puts approved clients in a wave and warns when their packages overflow it', async () => {
    const created = await t.request('/api/waves', {
      method: 'POST',
      cookie: lead,
      body: wave({ name: 'Golf klein', acceptOverflow: true }),
    });
    expect(created.status).toBe(201);
    const { plan } = await created.json();

    const candidates = await (
      await t.request(`/api/waves/${plan.wave.id}/candidates`, { cookie: lead })
    ).json();
    const free = await t.db
      .select()
      .from(intakesTable)
      .where(
        and(
          eq(intakesTable.decision, 'approved'),
          isNull(intakesTable.waveId),
          isNull(intakesTable.closureKind),
        ),
      );
    expect(candidates.items).toHaveLength(free.length);
    if (free.length < 2) {
      await t.db.update(intakesTable).set({ waveId: null }).where(eq(intakesTable.decision, 'approved'));
    }
    const again = await (await t.request(`/api/waves/${plan.wave.id}/candidates`, { cookie: lead })).json();
    const [first, second] = again.items;

    const one = await t.request(`/api/waves/${plan.wave.id}/clients`, {
      method: 'POST',
      cookie: lead,
      body: { clientIds: [first.clientId] },
    });
    expect(one.status).toBe(200);
    expect((await one.json()).plan).toMatchObject({
      clients: 1,
      committed: { laptops: 1 },
      overCapacity: [],
    });

    const two = await t.request(`/api/waves/${plan.wave.id}/clients`, {
      method: 'POST',
      cookie: lead,
      body: { clientIds: [second.clientId] },
    });
    expect(two.status).toBe(409);
    const refused = await two.json();
    expect(refused.error.details.reasons).toContainEqual(
      expect.objectContaining({ capacity: 'laptops', limit: 1, needed: 2, overflowBy: 1 }),
    );
    const [intake] = await t.db.select().from(intakesTable).where(eq(intakesTable.clientId, second.clientId));
    expect(intake?.waveId).not.toBe(plan.wave.id);
  });

  it('refuses a client who is not approved in the programme, and a social worker altogether', async () => {
    const created = await t.request('/api/waves', {
      method: 'POST',
      cookie: lead,
      body: wave({ name: 'Golf test', acceptOverflow: true }),
    });
    const { plan } = await created.json();
    const [draft] = await t.db.select().from(intakesTable).where(eq(intakesTable.decision, 'draft'));
    const res = await t.request(`/api/waves/${plan.wave.id}/clients`, {
      method: 'POST',
      cookie: lead,
      body: { clientIds: [draft!.clientId] },
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('wave.client_not_approved');
    const worker = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await t.request(`/api/waves/${plan.wave.id}`, { cookie: worker.cookie })).status).toBe(403);
    expect((await t.request('/api/waves/wav_unknown000000000000', { cookie: lead })).status).toBe(404);
  });
});
