import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { clientsTable } from '../../records/clients/clients.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import type { TestApp } from '../../roof/testing/test-app';
import { runSignalSweep } from '../signals/signals.sweep';

let t: TestApp;
let cookie: string;

type Observation = { kind: string; anchor: string; signalIds: string[]; [key: string]: unknown };
const observationsOf = async (clientId: string, as = cookie) =>
  t.request(`/api/clients/${clientId}/observations`, { cookie: as });

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('GET /api/clients/:id/observations', () => {
  it("shows the caseworker a student's visit with its topics, note and follow-up reason, and the signal it raised", async () => {
    const [visit] = await queryRows<{ client_id: string; id: string; notes: string }>({
      db: t.db,
      query: sql`SELECT ch.client_id, v.id, v.notes FROM visits v JOIN cheques ch ON ch.id = v.cheque_id
        WHERE v.notes IS NOT NULL ORDER BY v.id LIMIT 1`,
    });
    const { client_id: clientId } = visit!;
    await t.db.execute(
      sql`UPDATE visits SET needs_follow_up = true, follow_up_reason = 'Weet niet hoe in te loggen met itsme' WHERE id = ${visit!.id}`,
    );
    await runSignalSweep({ db: t.db, clock: t.clock });
    const [signal] = await queryRows<{ id: string }>({
      db: t.db,
      query: sql`SELECT id FROM signals WHERE client_id = ${clientId} AND kind = 'visit.needs_follow_up' AND status <> 'resolved'`,
    });

    const res = await observationsOf(clientId);
    expect(res.status).toBe(200);
    const { observations } = (await res.json()) as { observations: Observation[] };
    const seen = observations.find((observation) => observation.anchor === `observation-${visit!.id}`);
    expect(seen).toMatchObject({
      kind: 'visit',
      note: visit!.notes,
      needsFollowUp: true,
      followUpReason: 'Weet niet hoe in te loggen met itsme',
      topics: expect.any(Array),
      signalIds: [signal!.id],
    });
    const audit = await auditRows(t.db, { clientId, action: 'client.observations_read' });
    expect(audit).toHaveLength(1);
  });

  it("lists every attendance mark and absence with the teacher's note, and a student's no-show", async () => {
    const [mark] = await queryRows<{ client_id: string; id: string }>({
      db: t.db,
      query: sql`SELECT e.client_id, a.id FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id
        WHERE a.status = 'absent' ORDER BY a.id LIMIT 1`,
    });
    await t.db.execute(sql`UPDATE attendance SET note = 'Ziek gemeld door dochter' WHERE id = ${mark!.id}`);
    const [cheque] = await queryRows<{ id: string }>({
      db: t.db,
      query: sql`SELECT id FROM cheques WHERE client_id = ${mark!.client_id} ORDER BY id LIMIT 1`,
    });
    const [client] = await t.db.select().from(clientsTable).where(eq(clientsTable.id, mark!.client_id));
    await createSeedBuilder({ db: t.db }).auditEntries([
      {
        tenantId: client!.tenantId,
        clientId: client!.id,
        action: 'cheque.no_show',
        resource: `cheque:${cheque?.id ?? 'chq_none'}`,
        at: t.clock.now(),
      },
    ]);

    const { observations } = (await (await observationsOf(mark!.client_id)).json()) as {
      observations: Observation[];
    };
    expect(
      observations.find((observation) => observation.anchor === `observation-${mark!.id}`),
    ).toMatchObject({
      kind: 'attendance',
      attendance: 'absent',
      note: 'Ziek gemeld door dochter',
    });
    expect(observations.map((observation) => observation.kind)).toContain('no_show');
    expect(observations.find((observation) => observation.kind === 'attendance')?.subject).toEqual(
      expect.any(String),
    );
  });

  it('is the caseworkers’ only: partners are refused, another tenant’s or a missing client is not found', async () => {
    const [row] = await queryRows<{ client_id: string }>({
      db: t.db,
      query: sql`SELECT client_id FROM enrolments ORDER BY id LIMIT 1`,
    });
    for (const email of [
      'coordinator@beego.demo',
      'student@beego.demo',
      'coordinator@ligo.demo',
      'lesgever@ligo.demo',
    ]) {
      const { cookie: partner } = await t.login({ email });
      expect((await observationsOf(row!.client_id, partner)).status).toBe(403);
    }
    const { cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    expect((await observationsOf(row!.client_id, lead)).status).toBe(200);
    expect((await observationsOf('cli_doesnotexist000000000')).status).toBe(404);
  });
});
