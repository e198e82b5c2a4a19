import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { writeAudit } from '../../ground/audit/audit.usecases';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { devicesTable } from '../../records/devices/devices.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { appForFile } from '../../roof/testing/app-for-file';
import { userIdOf } from '../../roof/testing/demo-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';
import { runSignalSweep, runSignalSweepStep } from './signals.sweep';
import { signalsTable } from './signals.tables';

let t: TestApp;
let tenantId: string;
let programmeId: string;
let socialWorkerId: string;

async function addClientWithReservedLaptop({ suffix }: { suffix: string }) {
  const now = t.clock.now();
  const seed = createSeedBuilder({ db: t.db });
  const client = await seed.client({
    tenantId,
    fileNumber: `SIG-${suffix}`,
    firstName: 'Nadia',
    lastName: `Signaal${suffix}`,
    createdBy: socialWorkerId,
    createdAt: now,
  });
  await seed.intakes([
    {
      tenantId,
      clientId: client.id,
      programmeId,
      decision: 'approved',
      decidedAt: now,
      skillLevel: 'independent',
    },
  ]);
  const [device] = await seed.devices([
    {
      tenantId,
      serial: `SIG-SERIAL-${suffix}`,
      model: 'Test laptop',
      status: 'reserved',
      holderClientId: client.id,
      reservedAt: now,
    },
  ]);
  return { clientId: client.id, deviceId: device!.id };
}

async function openSignalsOf(clientId: string) {
  return t.db
    .select()
    .from(signalsTable)
    .where(and(eq(signalsTable.clientId, clientId), eq(signalsTable.status, 'open')));
}

appForFile(async (app) => {
  t = app;
  const [programme] = await t.db.select().from(programmesTable).limit(1);
  tenantId = programme!.tenantId;
  programmeId = programme!.id;
  socialWorkerId = await userIdOf(t.db, 'sociaal@ocmw-gent.demo');
});

describe('the signal sweep', () => {
  it('raises "laptop not picked up" once the pickup threshold passes and closes it at handout', async () => {
    const { clientId, deviceId } = await addClientWithReservedLaptop({ suffix: 'A' });

    await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [clientId] });
    expect(await openSignalsOf(clientId)).toEqual([]);

    t.clock.advance({ days: 15 });
    const counts = await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [clientId] });
    expect(counts.raised).toBe(1);
    const [signal] = await openSignalsOf(clientId);
    expect(signal).toMatchObject({
      kind: 'device.pickup_overdue',
      severity: 'warning',
      subjectId: `device.pickup_overdue:${clientId}:${deviceId}`,
    });

    await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [clientId] });
    expect(await openSignalsOf(clientId)).toHaveLength(1);

    await t.db
      .update(devicesTable)
      .set({ status: 'handed_out', handedOutAt: t.clock.now() })
      .where(eq(devicesTable.id, deviceId));
    const after = await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [clientId] });
    expect(after.resolved).toBe(1);
    expect(await openSignalsOf(clientId)).toEqual([]);
    const [resolved] = await t.db.select().from(signalsTable).where(eq(signalsTable.id, signal!.id));
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: 'system' });
  });

  it('turns a signal urgent when it stays overdue for the threshold again', async () => {
    const { clientId } = await addClientWithReservedLaptop({ suffix: 'B' });
    t.clock.advance({ days: 15 });
    await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [clientId] });
    t.clock.advance({ days: 14 });
    const counts = await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [clientId] });
    expect(counts.updated).toBe(1);
    const [signal] = await openSignalsOf(clientId);
    expect(signal?.severity).toBe('urgent');
  });

  it('sweeps the clients whose facts changed since the watermark, found in the audit log', async () => {
    await runSignalSweepStep({ db: t.db, clock: t.clock, fullSweepIntervalMs: 3_600_000 });
    const { clientId, deviceId } = await addClientWithReservedLaptop({ suffix: 'C' });
    t.clock.advance({ days: 15 });
    await writeAudit({
      db: t.db,
      entry: {
        actor: undefined,
        tenantId,
        clientId,
        action: 'device.reserve',
        resource: `device:${deviceId}`,
        at: t.clock.now(),
      },
    });
    const { changed, full } = await runSignalSweepStep({
      db: t.db,
      clock: t.clock,
      fullSweepIntervalMs: 30 * 86_400_000,
    });
    expect(full).toBeNull();
    expect(changed.swept).toBe(1);
    expect(await openSignalsOf(clientId)).toHaveLength(1);
  });

  it("lets a cheque's expiry warning end at midnight in Brussels at the end of its last day, not at midnight UTC", async () => {
    const { clientId } = await addClientWithReservedLaptop({ suffix: 'EXP' });
    const [homeHelp] = await t.db
      .select({ id: organisationsTable.id })
      .from(organisationsTable)
      .where(eq(organisationsTable.kind, 'home_help'))
      .limit(1);
    const [cheque] = await createSeedBuilder({ db: t.db }).cheques([
      {
        tenantId,
        clientId,
        programmeId,
        homeHelpOrgId: homeHelp!.id,
        code: 'EXPY-TEST-001',
        purpose: 'free',
        validUntil: '2031-01-15',
      },
    ]);
    const expiring = async () =>
      (await openSignalsOf(clientId)).filter((signal) => signal.kind === 'cheque.expiring');

    // 23:30 in Brussels on the last day: still valid, and due at the coming midnight there.
    t.clock.set(new Date('2031-01-15T22:30:00Z'));
    await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [clientId] });
    const [warning] = await expiring();
    expect(warning?.subjectId).toContain(cheque!.code);
    expect(warning?.dueAt.toISOString()).toBe('2031-01-15T23:00:00.000Z');

    // 00:30 in Brussels the next day (23:30 UTC on the last day): expired, so no warning any more.
    t.clock.set(new Date('2031-01-15T23:30:00Z'));
    await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [clientId] });
    expect(await expiring()).toEqual([]);
  });

  it('sweeps every client when the last full sweep is older than the interval', async () => {
    t.clock.advance({ hours: 2 });
    const { full } = await runSignalSweepStep({ db: t.db, clock: t.clock, fullSweepIntervalMs: 3_600_000 });
    expect(full?.swept).toBe(await t.db.$count(clientsTable));
  });
});

describe('the follow-up list', () => {
  it("shows a social worker their own clients' open signals, earliest due first, with where to act", async () => {
    const { cookie } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    const res = await t.request('/api/signals?mine=1', { cookie });
    expect(res.status).toBe(200);
    const list = await res.json();
    expect(list.total).toBeGreaterThan(0);
    const dues = list.items.map((item: { dueAt: string }) => item.dueAt);
    expect([...dues].sort()).toEqual(dues);
    const item = list.items[0];
    expect(item.action).toEqual({ portal: 'ocmw', path: `/clients/${item.client.id}` });
    expect(item.client.fileNumber).toEqual(expect.any(String));
  });

  it('lets the project lead filter by kind and owner, and snooze with a reason until a day', async () => {
    const { cookie } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    const res = await t.request('/api/signals?kind=device.pickup_overdue&owner=welfare&limit=100', {
      cookie,
    });
    const list = await res.json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((item: { kind: string }) => item.kind === 'device.pickup_overdue')).toBe(true);

    const target = list.items[0];
    const bad = await t.request(`/api/signals/${target.id}/snooze`, {
      method: 'POST',
      cookie,
      body: { until: '2000-01-01', reason: 'Cliënt in het ziekenhuis' },
    });
    await expectRefusal(bad, { status: 400, code: 'signal.snooze_until_invalid' });

    const until = new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const ok = await t.request(`/api/signals/${target.id}/snooze`, {
      method: 'POST',
      cookie,
      body: { until, reason: 'Cliënt in het ziekenhuis' },
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).signal).toMatchObject({
      status: 'snoozed',
      snoozeReason: 'Cliënt in het ziekenhuis',
    });

    const open = await (await t.request('/api/signals?limit=100', { cookie })).json();
    expect(open.items.some((item: { id: string }) => item.id === target.id)).toBe(false);

    t.clock.advance({ days: 8 });
    await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [target.client.id] });
    const again = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    const woken = await (await t.request('/api/signals?limit=100', { cookie: again.cookie })).json();
    expect(woken.items.some((item: { id: string }) => item.id === target.id)).toBe(true);
  });

  it('shows a partner coordinator only the signals its own part raised, without file numbers', async () => {
    await runSignalSweep({ db: t.db, clock: t.clock });
    const [beego] = await t.db
      .select()
      .from(organisationsTable)
      .where(eq(organisationsTable.kind, 'home_help'));
    const { cookie } = await t.login({ email: 'coordinator@beego.demo' });
    const list = await (await t.request('/api/signals?limit=100', { cookie })).json();
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) {
      expect(item.ownerOrganisation.id).toBe(beego!.id);
      expect(item.client.fileNumber).toBeNull();
    }
  });

  it("names the partner's welfare centre and links each cheque signal to the queue or the planned visit", async () => {
    await runSignalSweep({ db: t.db, clock: t.clock });
    const { cookie } = await t.login({ email: 'coordinator@beego.demo' });
    const list = await (await t.request('/api/signals?limit=100', { cookie })).json();
    const cheques = await t.db.select().from(chequesTable);
    const byId = new Map(cheques.map((cheque) => [cheque.id, cheque]));
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) {
      expect(item.tenant).toEqual({ id: expect.stringMatching(/^ten_/), name: 'OCMW Gent (demo)' });
      const [, kind, chequeId] = /^\/(\?cheque=|visits\/)(chq_\w+)$/.exec(item.action.path) ?? [];
      expect(chequeId, item.action.path).toBeDefined();
      const cheque = byId.get(chequeId!)!;
      expect(cheque.clientId).toBe(item.client.id);
      expect(cheque.status).toMatch(kind === 'visits/' ? /^scheduled$/ : /^(issued|requested)$/);
    }
  });

  it("closes a student's follow-up request when the social worker answers it, and the sweep keeps it closed", async () => {
    await runSignalSweep({ db: t.db, clock: t.clock });
    const { cookie } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    const list = await (await t.request('/api/signals?kind=visit.needs_follow_up', { cookie })).json();
    const [signal] = list.items;
    expect(signal).toBeDefined();
    const other = list.items.length;

    const refused = await t.request(`/api/signals/${signal.id}/resolve`, {
      method: 'POST',
      cookie,
      body: { note: '' },
    });
    expect(refused.status).toBe(400);
    const res = await t.request(`/api/signals/${signal.id}/resolve`, {
      method: 'POST',
      cookie,
      body: { note: 'Cliënt gebeld' },
    });
    expect(res.status).toBe(200);
    await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [signal.client.id] });
    const after = await (await t.request('/api/signals?kind=visit.needs_follow_up', { cookie })).json();
    expect(after.items).toHaveLength(other - 1);

    const [pickup] = (await (await t.request('/api/signals?kind=device.pickup_overdue', { cookie })).json())
      .items;
    if (pickup) {
      const byFacts = await t.request(`/api/signals/${pickup.id}/resolve`, {
        method: 'POST',
        cookie,
        body: { note: 'Gedaan' },
      });
      await expectRefusal(byFacts, { status: 409, code: 'signal.resolved_by_facts' });
    }
  });

  it('refuses students and teachers, and answers another tenant’s signal as missing', async () => {
    const { cookie } = await t.login({ email: 'student@beego.demo' });
    expect((await t.request('/api/signals', { cookie })).status).toBe(403);
    const coordinator = await t.login({ email: 'coordinator@ligo.demo' });
    const [welfareSignal] = await t.db
      .select()
      .from(signalsTable)
      .innerJoin(organisationsTable, eq(organisationsTable.id, signalsTable.ownerOrgId))
      .where(and(eq(organisationsTable.kind, 'welfare'), eq(signalsTable.status, 'open')))
      .limit(1);
    const res = await t.request(`/api/signals/${welfareSignal!.signals.id}/snooze`, {
      method: 'POST',
      cookie: coordinator.cookie,
      body: {
        until: new Date(t.clock.now().getTime() + 86_400_000 * 3).toISOString().slice(0, 10),
        reason: 'Niet van ons',
      },
    });
    await expectRefusal(res, { status: 404, code: 'signal.not_found' });
  });
});
