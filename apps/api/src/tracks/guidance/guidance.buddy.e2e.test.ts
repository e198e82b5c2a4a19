import { and, eq, notInArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aClientOfAnotherTenant } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { intakesTable } from '../intake/intake.tables';
import { buddyMeetingsTable, buddyPairingsTable } from './guidance.tables';

let t: TestApp;
let cookie: string;
let otherTenantClientId: string;
let otherTenantPairingId: string;

const pairingBody = {
  buddyName: 'Mieke (vrijwilliger)',
  buddyPhone: '0470 12 34 56',
  buddyEmail: 'mieke@example.org',
  frequency: 'weekly',
  startedOn: '2025-03-10',
  agreedEndOn: '2025-09-10',
};

/** Approved clients of the demo tenant without any pairing, in a stable order. */
async function unpairedClients() {
  const paired = t.db.select({ id: buddyPairingsTable.clientId }).from(buddyPairingsTable);
  const rows = await t.db
    .select({ clientId: intakesTable.clientId })
    .from(intakesTable)
    .where(and(eq(intakesTable.decision, 'approved'), notInArray(intakesTable.clientId, paired)))
    .orderBy(intakesTable.clientId);
  return rows.map((row) => row.clientId);
}

async function setDigibuddyOffered(offered: boolean) {
  await t.db.update(programmesTable).set({
    settings: sql`jsonb_set(${programmesTable.settings}, '{variations,digibuddy}', ${JSON.stringify(offered)}::jsonb, true)`,
  });
}

const pair = (clientId: string, body: Record<string, unknown> = pairingBody, as = cookie) =>
  t.request(`/api/clients/${clientId}/guidance/buddy-pairings`, { method: 'POST', body, cookie: as });

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  const seed = createSeedBuilder({ db: t.db });
  const { tenant, client } = await aClientOfAnotherTenant(seed);
  otherTenantClientId = client.id;
  const [pairing] = await seed.buddies([
    {
      tenantId: tenant.id,
      clientId: client.id,
      buddyName: 'Elders',
      frequency: 'weekly',
      startedOn: '2025-03-01',
    },
  ]);
  otherTenantPairingId = pairing!.id;
});

describe('Digibuddy pairings', () => {
  it('refuses a pairing with 409 while the programme offers no Digibuddy and the package has none', async () => {
    await setDigibuddyOffered(false);
    const [clientId] = await unpairedClients();
    const list = await (
      await t.request(`/api/clients/${clientId}/guidance/buddy-pairings`, { cookie })
    ).json();
    expect(list).toEqual({ offered: false, pairings: [] });
    const res = await pair(clientId!);
    await expectRefusal(res, { status: 409, code: 'guidance.buddy_not_offered' });
  });

  it('pairs, records meetings and ends the pairing, each audited and on the client page and timeline', async () => {
    await setDigibuddyOffered(true);
    const [clientId] = await unpairedClients();

    const created = await pair(clientId!);
    expect(created.status).toBe(201);
    const { pairing } = await created.json();
    expect(pairing).toMatchObject({
      buddyName: 'Mieke (vrijwilliger)',
      buddyPhone: '0470 12 34 56',
      buddyEmail: 'mieke@example.org',
      frequency: 'weekly',
      status: 'active',
      startedOn: '2025-03-10',
      agreedEndOn: '2025-09-10',
      endedOn: null,
      meetings: [],
    });

    const met = await t.request(`/api/clients/${clientId}/guidance/buddy-pairings/${pairing.id}/meetings`, {
      method: 'POST',
      body: { metOn: '2025-03-11', note: 'Samen een e-mail met bijlage verstuurd' },
      cookie,
    });
    expect(met.status).toBe(201);
    expect((await met.json()).pairing.meetings).toEqual([
      expect.objectContaining({
        metOn: '2025-03-11',
        note: 'Samen een e-mail met bijlage verstuurd',
        recordedBy: 'Sara Vermeulen',
      }),
    ]);

    const ended = await t.request(`/api/clients/${clientId}/guidance/buddy-pairings/${pairing.id}/end`, {
      method: 'POST',
      body: { endedOn: '2025-03-12' },
      cookie,
    });
    expect(ended.status).toBe(200);
    expect((await ended.json()).pairing).toMatchObject({ status: 'ended', endedOn: '2025-03-12' });

    const list = await (
      await t.request(`/api/clients/${clientId}/guidance/buddy-pairings`, { cookie })
    ).json();
    expect(list.offered).toBe(true);
    expect(list.pairings).toHaveLength(1);
    expect(list.pairings[0].meetings).toHaveLength(1);

    const actions = (
      await t.db
        .select({ action: auditLogTable.action })
        .from(auditLogTable)
        .where(eq(auditLogTable.clientId, clientId!))
        .orderBy(auditLogTable.at)
    ).map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'guidance.buddy_paired',
        'guidance.buddy_meeting',
        'guidance.buddy_ended',
        'buddy_pairing.read',
      ]),
    );

    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.guidance.buddy).toMatchObject({ name: 'Mieke (vrijwilliger)', status: 'ended' });
    const kinds = overview.timeline.map((entry: { kind: string }) => entry.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['guidance.buddy_started', 'guidance.buddy_meeting', 'guidance.buddy_ended']),
    );
    expect(
      overview.timeline.find((entry: { kind: string }) => entry.kind === 'guidance.buddy_meeting'),
    ).toMatchObject({
      detail: 'Samen een e-mail met bijlage verstuurd',
      actorName: 'Sara Vermeulen',
    });

    const again = await pair(clientId!, {
      ...pairingBody,
      buddyName: 'Tweede buddy',
      startedOn: '2025-03-12',
    });
    expect(again.status).toBe(201);
  });

  it('keeps one active pairing per client: a second one, also at the same time, is a 409', async () => {
    await setDigibuddyOffered(true);
    const [, clientId] = await unpairedClients();
    const answers = await Promise.all([pair(clientId!), pair(clientId!)]);
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409]);
    const refused = answers.find((res) => res.status === 409)!;
    expect((await refused.json()).error.code).toBe('guidance.buddy_already_paired');
    const third = await pair(clientId!);
    expect(third.status).toBe(409);
    const rows = await t.db
      .select()
      .from(buddyPairingsTable)
      .where(eq(buddyPairingsTable.clientId, clientId!));
    expect(rows).toHaveLength(1);
  });

  it('refuses dates out of order, a pairing without contact and unknown fields', async () => {
    await setDigibuddyOffered(true);
    const [, , clientId] = await unpairedClients();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...pairingBody, startedOn: '2025-03-13' }, 'guidance.buddy_starts_in_future'],
      [{ ...pairingBody, agreedEndOn: '2025-03-01' }, 'guidance.buddy_agreed_end_before_start'],
      [{ ...pairingBody, buddyPhone: undefined, buddyEmail: undefined }, 'validation.failed'],
      [{ ...pairingBody, buddyPhone: '12' }, 'validation.failed'],
      [{ ...pairingBody, status: 'ended' }, 'validation.failed'],
    ];
    for (const [body, code] of cases) {
      const res = await pair(clientId!, body);
      expect(res.status, code).toBe(400);
      expect((await res.json()).error.code).toBe(code);
    }

    const { pairing } = await (await pair(clientId!)).json();
    const meeting = (body: Record<string, unknown>) =>
      t.request(`/api/clients/${clientId}/guidance/buddy-pairings/${pairing.id}/meetings`, {
        method: 'POST',
        body,
        cookie,
      });
    expect((await (await meeting({ metOn: '2025-03-01', note: 'x' })).json()).error.code).toBe(
      'guidance.buddy_meeting_before_start',
    );
    expect((await (await meeting({ metOn: '2025-03-13', note: 'x' })).json()).error.code).toBe(
      'guidance.buddy_meeting_in_future',
    );
    expect((await meeting({ metOn: '2025-03-11', note: '' })).status).toBe(400);

    const end = (endedOn: string) =>
      t.request(`/api/clients/${clientId}/guidance/buddy-pairings/${pairing.id}/end`, {
        method: 'POST',
        body: { endedOn },
        cookie,
      });
    expect((await (await end('2025-03-09')).json()).error.code).toBe('guidance.buddy_end_before_start');
    expect((await end('2025-03-11')).status).toBe(200);
    const twice = await end('2025-03-11');
    await expectRefusal(twice, { status: 409, code: 'guidance.buddy_pairing_ended' });
    const late = await meeting({ metOn: '2025-03-11', note: 'Na het einde' });
    await expectRefusal(late, { status: 409, code: 'guidance.buddy_pairing_ended' });
    expect(
      await t.db.select().from(buddyMeetingsTable).where(eq(buddyMeetingsTable.pairingId, pairing.id)),
    ).toHaveLength(0);
  });

  it("answers another tenant's client and pairing exactly like missing ones", async () => {
    await setDigibuddyOffered(true);
    for (const id of [otherTenantClientId, 'cli_00000000000000000000']) {
      for (const res of [
        await t.request(`/api/clients/${id}/guidance/buddy-pairings`, { cookie }),
        await pair(id),
      ]) {
        await expectRefusal(res, { status: 404, code: 'client.not_found' });
      }
    }
    const [clientId] = await unpairedClients();
    for (const pairingId of [otherTenantPairingId, 'bud_00000000000000000000']) {
      const res = await t.request(`/api/clients/${clientId}/guidance/buddy-pairings/${pairingId}/end`, {
        method: 'POST',
        body: { endedOn: '2025-03-12' },
        cookie,
      });
      await expectRefusal(res, { status: 404, code: 'guidance.buddy_pairing_not_found' });
    }
    const [other] = await t.db
      .select()
      .from(buddyPairingsTable)
      .where(eq(buddyPairingsTable.id, otherTenantPairingId));
    expect(other!.status).toBe('active');
  });

  it('refuses partners with 403', async () => {
    const { cookie: student } = await t.login({ email: 'student@beego.demo' });
    const [clientId] = await unpairedClients();
    expect(
      (await t.request(`/api/clients/${clientId}/guidance/buddy-pairings`, { cookie: student })).status,
    ).toBe(403);
    expect((await pair(clientId!, pairingBody, student)).status).toBe(403);
  });
});
