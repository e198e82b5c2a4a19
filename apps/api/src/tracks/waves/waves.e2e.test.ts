import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { devicesTable } from '../../records/devices/devices.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { intakesTable } from '../intake/intake.tables';

let t: TestApp;
let lead: string;
let programmeId: string;

signedInAppForFile({ lead: 'projectleider@ocmw-gent.demo' }, async (started) => {
  ({ t, lead } = started);
  const [programme] = await t.db.select().from(programmesTable);
  programmeId = programme!.id;
});

/** Plans a wave as the project lead, from `wave`'s fields with `overrides`. */
const planWave = (overrides: Record<string, unknown> = {}) =>
  t.request('/api/waves', { method: 'POST', cookie: lead, body: wave(overrides) });

/** A wave's capacity of home-help hours only: no laptops, no training seats. */
const homeHelpHoursOnly = (chequeHours: number) => ({ laptops: 0, chequeHours, trainingSeats: 0 });

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
    const res = await planWave({ pickupFrom: '2025-06-01', pickupUntil: '2025-05-01' });
    const error = await expectRefusal(res, { status: 400, code: 'wave.invalid' });
    expect(error.details.reasons).toEqual([{ code: 'wave.pickup_period.reversed', field: 'pickupUntil' }]);
  });

  it('warns before planning more laptops than are in stock, and plans it once the overflow is accepted', async () => {
    const inStock = await t.db.$count(devicesTable, eq(devicesTable.status, 'in_stock'));
    const res = await planWave({ capacity: { laptops: inStock + 500, chequeHours: 10, trainingSeats: 0 } });
    const error = await expectRefusal(res, { status: 409, code: 'wave.capacity_exceeded' });
    expect(error.details.reasons[0]).toMatchObject({ capacity: 'laptops', needed: inStock + 500 });
    expect(error.details.reasons[0].limit).toBeLessThanOrEqual(inStock);

    const accepted = await planWave({
      name: 'Golf groot',
      capacity: { laptops: inStock + 500, chequeHours: 10, trainingSeats: 0 },
      acceptOverflow: true,
    });
    expect(accepted.status).toBe(201);
    const { plan } = await accepted.json();
    expect(plan.beyondResources[0]).toMatchObject({ capacity: 'laptops' });
    expect(plan.clients).toBe(0);
  });

  it('warns before planning more home-help hours than the partner agreed to, net of overlapping waves', async () => {
    // The demo programme records 40 hours a month. January 1 to 30 plus the 30-day tail is 60 days: 80 hours.
    const january = { pickupFrom: '2030-01-01', pickupUntil: '2030-01-30' };
    const tooMany = await planWave({
      name: 'Golf januari',
      ...january,
      capacity: homeHelpHoursOnly(81),
    });
    expect(tooMany.status).toBe(409);
    expect((await tooMany.json()).error.details.reasons).toEqual([
      { code: 'wave.capacity_exceeded', capacity: 'chequeHours', limit: 80, needed: 81, overflowBy: 1 },
    ]);

    const planned = await planWave({
      name: 'Golf januari',
      ...january,
      capacity: homeHelpHoursOnly(60),
    });
    expect(planned.status).toBe(201);
    const { plan } = await planned.json();
    expect(plan.available.chequeHours).toBe(80);
    expect(plan.beyondResources).toEqual([]);

    // February 1 to 28 plus the tail is 58 days (77 hours); January's wave holds 29 of its 60 days' hours.
    const february = await planWave({
      name: 'Golf februari',
      pickupFrom: '2030-02-01',
      pickupUntil: '2030-02-28',
      capacity: homeHelpHoursOnly(49),
    });
    expect(february.status).toBe(409);
    expect((await february.json()).error.details.reasons).toEqual([
      expect.objectContaining({ capacity: 'chequeHours', limit: 48, needed: 49 }),
    ]);
  });

  it('does not check hours when the programme records no agreement with the home-help partner', async () => {
    const [programme] = await t.db.select().from(programmesTable).where(eq(programmesTable.id, programmeId));
    await t.db
      .update(programmesTable)
      .set({ settings: { ...programme!.settings, homeHelpHoursPerMonth: 0 } })
      .where(eq(programmesTable.id, programmeId));
    try {
      const res = await planWave({
        name: 'Golf zonder afspraak',
        pickupFrom: '2031-01-01',
        pickupUntil: '2031-01-30',
        capacity: homeHelpHoursOnly(5000),
      });
      expect(res.status).toBe(201);
      const { plan } = await res.json();
      expect(plan.available.chequeHours).toBeNull();
      expect(plan.beyondResources).toEqual([]);
    } finally {
      await t.db
        .update(programmesTable)
        .set({ settings: programme!.settings })
        .where(eq(programmesTable.id, programmeId));
    }
  });

  it('puts approved clients in a wave and warns when their packages overflow it', async () => {
    const created = await planWave({ name: 'Golf klein', acceptOverflow: true });
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
    const created = await planWave({ name: 'Golf test', acceptOverflow: true });
    const { plan } = await created.json();
    const [draft] = await t.db.select().from(intakesTable).where(eq(intakesTable.decision, 'draft'));
    const res = await t.request(`/api/waves/${plan.wave.id}/clients`, {
      method: 'POST',
      cookie: lead,
      body: { clientIds: [draft!.clientId] },
    });
    await expectRefusal(res, { status: 409, code: 'wave.client_not_approved' });
    const worker = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await t.request(`/api/waves/${plan.wave.id}`, { cookie: worker.cookie })).status).toBe(403);
    expect((await t.request('/api/waves/wav_unknown000000000000', { cookie: lead })).status).toBe(404);
  });
});
