import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { DEMO_DIGIPUNTEN_GENT } from '../../records/digipunten/digipunten.demo';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aClientOfAnotherTenant } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { intakesTable } from '../intake/intake.tables';
import { digipuntInfoRecordsTable } from './guidance.tables';

let t: TestApp;
let cookie: string;
let otherTenantClientId: string;

const [first, second] = DEMO_DIGIPUNTEN_GENT.map((point) => point.name);

/** A client of the demo tenant whose approved intake has no Digipunt information yet. */
async function clientWithoutDigipuntInfo({ skip = 0 }: { skip?: number } = {}) {
  const rows = await t.db
    .select({ clientId: intakesTable.clientId })
    .from(intakesTable)
    .where(and(eq(intakesTable.decision, 'approved'), isNull(intakesTable.digipuntInfoGivenAt)))
    .orderBy(intakesTable.clientId);
  return rows[skip]!.clientId;
}

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  const { client } = await aClientOfAnotherTenant(createSeedBuilder({ db: t.db }));
  otherTenantClientId = client.id;
});

describe('POST /api/clients/:id/guidance/digipunt-info', () => {
  it('stores the points told, marks the intake, audits it and shows it on the client page and timeline', async () => {
    const clientId = await clientWithoutDigipuntInfo();
    const before = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(before.guidance.digipuntInfoGivenAt).toBeNull();

    const res = await t.request(`/api/clients/${clientId}/guidance/digipunt-info`, {
      method: 'POST',
      body: { names: [first, second] },
      cookie,
    });
    expect(res.status).toBe(201);
    expect((await res.json()).names).toEqual([first, second]);

    const [intake] = await t.db.select().from(intakesTable).where(eq(intakesTable.clientId, clientId));
    expect(intake!.digipuntInfoGivenAt).toBeInstanceOf(Date);
    const records = await t.db
      .select()
      .from(digipuntInfoRecordsTable)
      .where(eq(digipuntInfoRecordsTable.clientId, clientId));
    expect(records).toHaveLength(1);
    expect(records[0]!.points.map((point) => point.name)).toEqual([first, second]);
    const audit = await auditRows(t.db, { clientId, action: 'guidance.digipunt_info' });
    expect(audit).toHaveLength(1);

    const after = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(after.guidance.digipuntInfoGivenAt).toBe(intake!.digipuntInfoGivenAt!.toISOString());
    expect(after.guidance.digipuntenTold).toEqual([first, second]);
    expect(before.pendingTracks.filter((track: string) => track !== 'digipunt_info')).toEqual(
      after.pendingTracks,
    );
    expect(after.pendingTracks).not.toContain('digipunt_info');
    const told = after.timeline.filter((entry: { kind: string }) => entry.kind === 'guidance.digipunt_info');
    expect(told).toEqual([
      expect.objectContaining({ detail: `${first}, ${second}`, actorName: 'Sara Vermeulen' }),
    ]);
  });

  it('keeps both when two workers record Digipunten for one client in the same instant', async () => {
    const clientId = await clientWithoutDigipuntInfo();
    for (const names of [[first], [second, first]]) {
      const res = await t.request(`/api/clients/${clientId}/guidance/digipunt-info`, {
        method: 'POST',
        body: { names },
        cookie,
      });
      expect(res.status).toBe(201);
    }
    const records = await t.db
      .select()
      .from(digipuntInfoRecordsTable)
      .where(eq(digipuntInfoRecordsTable.clientId, clientId));
    expect(records).toHaveLength(1);
    expect(records[0]!.points.map((point) => point.name).sort()).toEqual([first, second].sort());
  });

  it('refuses a Digipunt that is not in the directory with 400 and changes nothing', async () => {
    const clientId = await clientWithoutDigipuntInfo();
    const res = await t.request(`/api/clients/${clientId}/guidance/digipunt-info`, {
      method: 'POST',
      body: { names: ['Digipunt Nergens'] },
      cookie,
    });
    await expectRefusal(res, { status: 400, code: 'guidance.unknown_digipunt' });
    const [intake] = await t.db.select().from(intakesTable).where(eq(intakesTable.clientId, clientId));
    expect(intake!.digipuntInfoGivenAt).toBeNull();
  });

  it('refuses an empty list, a name given twice and unknown fields', async () => {
    const clientId = await clientWithoutDigipuntInfo();
    for (const body of [{ names: [] }, { names: [first, first] }, { names: [first], givenAt: 'x' }]) {
      const res = await t.request(`/api/clients/${clientId}/guidance/digipunt-info`, {
        method: 'POST',
        body,
        cookie,
      });
      expect(res.status).toBe(400);
    }
  });

  it('refuses a client without an intake with 409', async () => {
    const client = await createSeedBuilder({ db: t.db }).client({
      tenantId: (await t.db.select().from(clientsTable).limit(1))[0]!.tenantId,
      fileNumber: 'GNT-NO-INTAKE',
      firstName: 'Nog',
      lastName: 'Geen Intake',
    });
    const res = await t.request(`/api/clients/${client.id}/guidance/digipunt-info`, {
      method: 'POST',
      body: { names: [first] },
      cookie,
    });
    await expectRefusal(res, { status: 409, code: 'guidance.no_intake' });
  });

  it("answers another tenant's client exactly like a missing one", async () => {
    for (const id of [otherTenantClientId, 'cli_00000000000000000000']) {
      const res = await t.request(`/api/clients/${id}/guidance/digipunt-info`, {
        method: 'POST',
        body: { names: [first] },
        cookie,
      });
      await expectRefusal(res, { status: 404, code: 'client.not_found' });
    }
  });

  it('refuses partners with 403', async () => {
    const { cookie: student } = await t.login({ email: 'student@beego.demo' });
    const res = await t.request(`/api/clients/${await clientWithoutDigipuntInfo()}/guidance/digipunt-info`, {
      method: 'POST',
      body: { names: [first] },
      cookie: student,
    });
    expect(res.status).toBe(403);
  });
});
