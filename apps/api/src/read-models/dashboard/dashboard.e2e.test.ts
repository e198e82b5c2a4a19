import { and, countDistinct, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { programmesTable, wavesTable } from '../../records/programmes/programmes.tables';
import { appForFile } from '../../roof/testing/app-for-file';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { runSignalSweep } from '../../tracks/signals/signals.sweep';
import { signalsTable } from '../../tracks/signals/signals.tables';
import { referralsTable } from '../../tracks/training/training.tables';

let t: TestApp;
let lead: string;

appForFile(async (app) => {
  t = app;
  await runSignalSweep({ db: t.db, clock: t.clock });
  ({ cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' }));
});

/** How many clients the rows of `clientId`'s table that hold `where` name, each once. */
async function distinctClients(clientId: PgColumn, where: SQL) {
  const [row] = await t.db
    .select({ clients: countDistinct(clientId) })
    .from(clientId.table)
    .where(where);
  return row!.clients;
}

describe('the project lead dashboard', () => {
  it('counts the funnel like a count of the seeded rows, client by client', async () => {
    const res = await t.request('/api/dashboard', { cookie: lead });
    expect(res.status).toBe(200);
    const dashboard = await res.json();
    // Without DATABASE_READ_URL the figures are read from the primary, current.
    expect(dashboard.freshness).toEqual({
      source: 'primary',
      dataAsOf: t.clock.now().toISOString(),
      lagSeconds: 0,
    });
    const [programme] = await t.db.select().from(programmesTable);
    const funnel = Object.fromEntries(
      dashboard.funnel.map((step: { step: string; clients: number }) => [step.step, step.clients]),
    );

    expect(funnel.referred).toBe(await t.db.$count(clientsTable));
    expect(funnel.approved).toBe(
      await t.db.$count(
        intakesTable,
        and(eq(intakesTable.programmeId, programme!.id), eq(intakesTable.decision, 'approved')),
      ),
    );
    expect(funnel.equipped).toBe(
      await distinctClients(deviceEventsTable.clientId, eq(deviceEventsTable.toStatus, 'handed_out')),
    );
    expect(funnel.installationVisitDone).toBe(
      await t.db.$count(
        chequesTable,
        and(eq(chequesTable.purpose, 'installation'), eq(chequesTable.status, 'redeemed')),
      ),
    );
    expect(funnel.referredToRegularCourses).toBe(
      await distinctClients(referralsTable.clientId, eq(referralsTable.decision, 'referred')),
    );
    for (let index = 1; index < dashboard.funnel.length; index += 1) {
      expect(dashboard.funnel[index].clients).toBeLessThanOrEqual(dashboard.funnel[index - 1].clients);
    }

    expect(dashboard.partners.chequesUsed).toBe(
      await t.db.$count(chequesTable, eq(chequesTable.status, 'redeemed')),
    );
    expect(dashboard.partners.chequesIssued).toBe(await t.db.$count(chequesTable));
    const openSignals = dashboard.signals.reduce((sum: number, row: { open: number }) => sum + row.open, 0);
    expect(openSignals).toBe(await t.db.$count(signalsTable, eq(signalsTable.status, 'open')));
    const stock = dashboard.stock.reduce((sum: number, row: { devices: number }) => sum + row.devices, 0);
    expect(stock).toBe(await t.db.$count(devicesTable));
    expect(dashboard.partners.attendanceRate).toBeGreaterThan(0);
    expect(dashboard.partners.medianDaysToFirstVisit).toEqual(expect.any(Number));
  });

  it('narrows every figure to the clients of one wave', async () => {
    const [wave] = await t.db.select().from(wavesTable).where(eq(wavesTable.name, 'Golf 1'));
    const dashboard = await (await t.request(`/api/dashboard?waveId=${wave!.id}`, { cookie: lead })).json();
    expect(dashboard.wave).toEqual({ id: wave!.id, name: 'Golf 1' });
    const inWave = await t.db.select().from(intakesTable).where(eq(intakesTable.waveId, wave!.id));
    expect(dashboard.funnel[0]).toEqual({ step: 'referred', clients: inWave.length });
    const chequesOfWave = await t.db.$count(
      chequesTable,
      inArray(
        chequesTable.clientId,
        inWave.map((intake) => intake.clientId),
      ),
    );
    expect(dashboard.partners.chequesIssued).toBe(chequesOfWave);
  });

  it('lists the clients behind a figure, as many as the figure says', async () => {
    const dashboard = await (await t.request('/api/dashboard', { cookie: lead })).json();
    const equipped = dashboard.funnel.find((step: { step: string }) => step.step === 'equipped').clients;
    const res = await t.request('/api/dashboard/clients?figure=equipped&limit=100', { cookie: lead });
    expect(res.status).toBe(200);
    const list = await res.json();
    expect(list.total).toBe(equipped);
    expect(list.items).toHaveLength(equipped);
    expect(list.items[0]).toEqual({
      id: expect.stringMatching(/^cli_/),
      fileNumber: expect.any(String),
      firstName: expect.any(String),
      lastName: expect.any(String),
    });
  });

  it('counts completed trajectories and early ends by their reason', async () => {
    const endings = async () => (await (await t.request('/api/dashboard', { cookie: lead })).json()).endings;
    const before = await endings();
    expect(before.completed).toBe(await t.db.$count(intakesTable, eq(intakesTable.closureKind, 'completed')));
    const [open, equipped] = await t.db
      .selectDistinct({ clientId: deviceEventsTable.clientId })
      .from(deviceEventsTable)
      .innerJoin(intakesTable, eq(intakesTable.clientId, deviceEventsTable.clientId))
      .where(and(eq(deviceEventsTable.toStatus, 'handed_out'), isNull(intakesTable.closureKind)))
      .limit(2);
    const { cookie: worker } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    const close = (clientId: string | null, action: string, body: unknown) =>
      t.request(`/api/clients/${clientId}/trajectory/${action}`, { method: 'POST', body, cookie: worker });
    expect(
      (await close(open!.clientId, 'end', { reason: 'moved', note: 'Verhuisd naar Brugge' })).status,
    ).toBe(201);
    expect((await close(equipped!.clientId, 'complete', { summary: 'Werkt zelfstandig' })).status).toBe(201);

    const after = await endings();
    expect(after.completed).toBe(before.completed + 1);
    expect(after.endedEarly).toBe(before.endedEarly + 1);
    const moved = (list: { reason: string; clients: number }[]) =>
      list.find((row) => row.reason === 'moved')?.clients ?? 0;
    expect(moved(after.byReason)).toBe(moved(before.byReason) + 1);
    expect(after.byReason.reduce((sum: number, row: { clients: number }) => sum + row.clients, 0)).toBe(
      after.endedEarly,
    );
  });

  it('is for the project lead: a social worker and partners are refused, an unknown wave is missing', async () => {
    const worker = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await t.request('/api/dashboard', { cookie: worker.cookie })).status).toBe(403);
    const coordinator = await t.login({ email: 'coordinator@beego.demo' });
    expect((await t.request('/api/dashboard', { cookie: coordinator.cookie })).status).toBe(403);
    const res = await t.request('/api/dashboard?waveId=wav_doesnotexist0000000', { cookie: lead });
    await expectRefusal(res, { status: 404, code: 'wave.not_found' });
  });
});
