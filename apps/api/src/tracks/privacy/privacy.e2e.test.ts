import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTCOME_ITEM_IDS } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { createJobsRepository } from '../../ground/jobs/jobs.repository';
import { createOtherTenant, withoutRequestId } from '../../roof/security/security.fixtures';
import { registerApprovedClient } from '../../roof/testing/approved-client';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';
import { createTrackFactsRepository } from '../trajectory/trajectory.facts.repository';
import { deriveClientStatus } from '../trajectory/trajectory.status';
import { ANONYMISED } from './privacy.anonymise.repository';
import { runRetentionSweep } from './privacy.retention';

let t: TestApp;
let lead: string;
let admin: string;
let socialWorker: string;
let coordinator: string;
const documentsDir = join(tmpdir(), `dp-privacy-${process.pid}-${Date.now()}`);

/** Demo clients matching an SQL condition on `c` (the clients table), in id order. */
async function pickClients(where: string, count: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>({
    db: t.db,
    query: sql.raw(`SELECT c.id FROM clients c WHERE ${where} ORDER BY c.id LIMIT ${count}`),
  });
  if (rows.length < count) throw new Error(`Fewer than ${count} demo clients where ${where}`);
  return rows.map((row) => row.id);
}

/** Demo clients with visits and attendance whose derived status is `completed`. */
async function completedClients(count: number): Promise<string[]> {
  const all = await queryRows<{ id: string; tenant_id: string }>({
    db: t.db,
    query: sql.raw(
      `SELECT c.id, c.tenant_id FROM clients c WHERE ${WITH_VISITS_AND_ATTENDANCE} AND c.anonymised_at IS NULL ORDER BY c.id`,
    ),
  });
  const { facts } = await createTrackFactsRepository({ db: t.db }).getTrackFacts({
    tenantId: all[0]!.tenant_id,
    clientIds: all.map((row) => row.id),
  });
  const completed = all
    .map((row) => row.id)
    .filter((id) => deriveClientStatus({ facts: facts.get(id)! }).status === 'completed');
  if (completed.length < count) throw new Error(`Fewer than ${count} completed demo clients`);
  return completed.slice(0, count);
}

async function pickClient(where: string): Promise<string> {
  const [id] = await pickClients(where, 1);
  return id!;
}

async function auditRows(clientId: string, action: string) {
  return queryRows<{ outcome: string; actor_role: string | null; purpose: string | null }>({
    db: t.db,
    query: sql`SELECT outcome, actor_role, purpose FROM audit_log WHERE client_id = ${clientId} AND action = ${action} ORDER BY at`,
  });
}

const WITH_VISITS_AND_ATTENDANCE = `EXISTS (SELECT 1 FROM visits v JOIN cheques ch ON ch.id = v.cheque_id WHERE ch.client_id = c.id)
  AND EXISTS (SELECT 1 FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.client_id = c.id)`;

beforeAll(async () => {
  t = await createTestApp({ env: { DOCUMENTS_DIR: documentsDir } });
  ({ cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' }));
  ({ cookie: admin } = await t.login({ email: 'admin@ocmw-gent.demo' }));
  ({ cookie: socialWorker } = await t.login({ email: 'sociaal@ocmw-gent.demo' }));
  ({ cookie: coordinator } = await t.login({ email: 'coordinator@beego.demo' }));
});

afterAll(async () => {
  await t?.close();
});

describe('access request export', () => {
  it('gives the project lead everything each organisation holds on a client, as a JSON download', async () => {
    const clientId = await pickClient(WITH_VISITS_AND_ATTENDANCE);
    const res = await t.request(`/api/clients/${clientId}/privacy-export`, { cookie: lead });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="avg-export-cli_[a-z0-9]+-2025-03-12\.json"$/,
    );
    expect(res.headers.get('cache-control')).toContain('no-store');
    const body = await res.json();
    expect(body.format).toBe('digipakket.access-export.v1');
    expect(body.generatedAt).toBe(t.clock.now().toISOString());
    expect(body.tenant.name).toBe('OCMW Gent (demo)');
    expect(body.clientId).toBe(clientId);

    const byKind = Object.fromEntries(
      body.organisations.map((entry: { organisation: { kind: string } }) => [entry.organisation.kind, entry]),
    );
    expect(Object.keys(byKind).sort()).toEqual(['home_help', 'training', 'welfare']);

    const welfare = byKind.welfare.data;
    for (const field of [
      'firstName',
      'lastName',
      'fileNumber',
      'birthDate',
      'nationalNumber',
      'phone',
      'email',
    ]) {
      expect(welfare.identity).toHaveProperty(field);
    }
    expect(welfare.identity.trajectoryStatus).toBeTypeOf('string');
    expect(welfare.identity).not.toHaveProperty('phoneDigits');
    expect(welfare.intakes.length).toBeGreaterThan(0);
    expect(welfare.intakes[0]).toHaveProperty('answers');
    expect(welfare.eligibility[0]).toHaveProperty('verdict');
    expect(welfare.devices.length + welfare.deviceEvents.length).toBeGreaterThan(0);
    expect(welfare.cheques.length).toBeGreaterThan(0);
    for (const list of ['documents', 'signals', 'buddyPairings', 'digipuntInfo']) {
      expect(Array.isArray(welfare[list])).toBe(true);
    }

    const homeHelp = byKind.home_help.data;
    expect(homeHelp.cheques.length).toBeGreaterThan(0);
    expect(homeHelp.visits.length).toBeGreaterThan(0);
    expect(homeHelp.visits[0]).toHaveProperty('minutes');
    expect(homeHelp.visits[0]).toHaveProperty('notes');
    expect(homeHelp.visits[0]).toHaveProperty('topics');

    const training = byKind.training.data;
    expect(training.enrolments.length).toBeGreaterThan(0);
    expect(training.attendance.length).toBeGreaterThan(0);
    expect(training.attendance[0]).toHaveProperty('sessionDate');
    expect(Array.isArray(training.progressNotes)).toBe(true);
    expect(Array.isArray(training.referrals)).toBe(true);

    expect(body.auditTrail.length).toBeGreaterThan(0);
    expect(body.auditTrail[0]).toHaveProperty('actorRole');
    expect(body.auditTrail[0]).toHaveProperty('action');
  });

  it("includes the client's outcome rounds with every answer, as the welfare centre holds them", async () => {
    const clientId = await registerApprovedClient({
      t,
      cookie: socialWorker,
      client: {
        fileNumber: 'AVG-OUTCOME-1',
        firstName: 'Meting',
        lastName: 'Inzage',
        preferredLanguage: 'ar',
      },
    });
    const answers = OUTCOME_ITEM_IDS.map((itemId) => ({
      itemId,
      version: 1,
      value: itemId === 'confidence' ? 3 : 'with_help',
    }));
    const recorded = await t.request(`/api/outcomes/clients/${clientId}/rounds`, {
      method: 'POST',
      body: { round: 'baseline', mode: 'in_person', answers },
      cookie: socialWorker,
    });
    expect(recorded.status).toBe(201);

    const body = await (await t.request(`/api/clients/${clientId}/privacy-export`, { cookie: lead })).json();
    const welfare = body.organisations.find(
      (entry: { organisation: { kind: string } }) => entry.organisation.kind === 'welfare',
    ).data;
    expect(welfare.outcomeRounds).toHaveLength(1);
    expect(welfare.outcomeRounds[0]).toMatchObject({
      clientId: clientId,
      round: 'baseline',
      mode: 'in_person',
    });
    expect(welfare.outcomeRounds[0].answers).toHaveLength(OUTCOME_ITEM_IDS.length);
    expect(welfare.outcomeRounds[0].answers).toContainEqual(
      expect.objectContaining({ itemId: 'confidence', itemVersion: 1, confidence: 3 }),
    );
  });

  it('writes exactly one audit row per export', async () => {
    const clientId = await pickClient(WITH_VISITS_AND_ATTENDANCE);
    const before = await auditRows(clientId, 'client.export_read');
    await t.request(`/api/clients/${clientId}/privacy-export`, { cookie: lead });
    const after = await auditRows(clientId, 'client.export_read');
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      outcome: 'success',
      actor_role: 'project_lead',
      purpose: 'access_request',
    });
  });

  it('lists the printed welcome packs of the client among the documents', async () => {
    const clientId = await pickClient(WITH_VISITS_AND_ATTENDANCE);
    const { job } = await createJobsRepository({ db: t.db }).insertJob({
      tenantId: (
        await queryRows<{ tenant_id: string }>({
          db: t.db,
          query: sql`SELECT tenant_id FROM clients WHERE id = ${clientId}`,
        })
      )[0]!.tenant_id,
      kind: 'documents.packs',
      total: 1,
      payload: { clientIds: [clientId] },
      createdBy: 'test',
    });
    await mkdir(join(documentsDir, job.id), { recursive: true });
    await writeFile(join(documentsDir, job.id, `${clientId}.pdf`), '%PDF-1.4 test %%EOF');
    const body = await (await t.request(`/api/clients/${clientId}/privacy-export`, { cookie: lead })).json();
    const welfare = body.organisations.find(
      (entry: { organisation: { kind: string } }) => entry.organisation.kind === 'welfare',
    );
    expect(welfare.data.documents).toContainEqual(
      expect.objectContaining({ kind: 'welcome_pack', batchId: job.id, fileKept: true }),
    );
  });

  it('is refused to the social worker and to partners', async () => {
    const clientId = await pickClient(WITH_VISITS_AND_ATTENDANCE);
    for (const cookie of [socialWorker, coordinator]) {
      const res = await t.request(`/api/clients/${clientId}/privacy-export`, { cookie });
      expect(res.status).toBe(403);
    }
  });

  it("answers another tenant's client exactly like a missing one", async () => {
    const other = await createOtherTenant({ t });
    const foreign = await t.request(`/api/clients/${other.clientId}/privacy-export`, { cookie: lead });
    const missing = await t.request('/api/clients/client_00000000000000000000000000/privacy-export', {
      cookie: lead,
    });
    expect(foreign.status).toBe(404);
    expect(withoutRequestId(await foreign.text())).toBe(withoutRequestId(await missing.text()));
  });
});

describe('retention setting', () => {
  it('is 60 months by default, and only the admin changes it within 12 to 120 months', async () => {
    const read = await t.request('/api/privacy/retention', { cookie: lead });
    expect(await read.json()).toEqual({ retentionMonths: 60, limits: { min: 12, max: 120, default: 60 } });

    const refused = await t.request('/api/privacy/retention', {
      method: 'PUT',
      cookie: lead,
      body: { retentionMonths: 24 },
    });
    expect(refused.status).toBe(403);
    for (const retentionMonths of [11, 121, 24.5]) {
      const bad = await t.request('/api/privacy/retention', {
        method: 'PUT',
        cookie: admin,
        body: { retentionMonths },
      });
      expect(bad.status).toBe(400);
    }
    const saved = await t.request('/api/privacy/retention', {
      method: 'PUT',
      cookie: admin,
      body: { retentionMonths: 72 },
    });
    expect(saved.status).toBe(200);
    expect((await saved.json()).retentionMonths).toBe(72);
    const back = await t.request('/api/privacy/retention', {
      method: 'PUT',
      cookie: admin,
      body: { retentionMonths: 60 },
    });
    expect(back.status).toBe(200);
  });
});

describe('erasure on request', () => {
  it('is refused with 409 while the trajectory is open, and the refusal is audited', async () => {
    const clientId = await pickClient(
      `EXISTS (SELECT 1 FROM devices d WHERE d.holder_client_id = c.id AND d.status = 'reserved')`,
    );
    const res = await t.request(`/api/clients/${clientId}/erasure`, {
      method: 'POST',
      cookie: lead,
      body: { reason: 'Verzoek van de cliënt' },
    });
    await expectRefusal(res, { status: 409, code: 'privacy.trajectory_active' });
    expect(await auditRows(clientId, 'client.anonymise')).toEqual([
      expect.objectContaining({ outcome: 'denied' }),
    ]);
    const [client] = await queryRows<{ first_name: string; anonymised_at: Date | null }>({
      db: t.db,
      query: sql`SELECT first_name, anonymised_at FROM clients WHERE id = ${clientId}`,
    });
    expect(client!.anonymised_at).toBeNull();
    expect(client!.first_name).not.toBe(ANONYMISED);
  });

  it('is the project lead’s only (not the admin’s, who reads no client), needs a reason, and answers 404 for another tenant', async () => {
    const clientId = await pickClient(
      `EXISTS (SELECT 1 FROM intakes i WHERE i.client_id = c.id AND i.closure_kind = 'dropped_out')`,
    );
    for (const cookie of [admin, socialWorker]) {
      const refused = await t.request(`/api/clients/${clientId}/erasure`, {
        method: 'POST',
        cookie,
        body: { reason: 'Verzoek van de cliënt' },
      });
      expect(refused.status).toBe(403);
    }
    const noReason = await t.request(`/api/clients/${clientId}/erasure`, {
      method: 'POST',
      cookie: lead,
      body: {},
    });
    expect(noReason.status).toBe(400);
    const foreignId = await pickClient(`c.file_number = 'ELD-0001'`);
    const foreign = await t.request(`/api/clients/${foreignId}/erasure`, {
      method: 'POST',
      cookie: lead,
      body: { reason: 'Verzoek van de cliënt' },
    });
    await expectRefusal(foreign, { status: 404, code: 'client.not_found' });
  });

  it('anonymises a client whose trajectory ended, once, and keeps the figures', async () => {
    const clientId = await pickClient(
      `EXISTS (SELECT 1 FROM intakes i WHERE i.client_id = c.id AND i.closure_kind = 'dropped_out')`,
    );
    const cheques = await queryRows<{ n: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS n FROM cheques WHERE client_id = ${clientId}`,
    });
    const res = await t.request(`/api/clients/${clientId}/erasure`, {
      method: 'POST',
      cookie: lead,
      body: { reason: 'Verzoek van de cliënt' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      clientId,
      anonymisedAt: t.clock.now().toISOString(),
      alreadyAnonymised: false,
    });
    const [client] = await queryRows<Record<string, unknown>>({
      db: t.db,
      query: sql`SELECT * FROM clients WHERE id = ${clientId}`,
    });
    expect(client).toMatchObject({
      first_name: ANONYMISED,
      last_name: ANONYMISED,
      national_number: null,
      phone: null,
      email: null,
      street: null,
    });
    expect(String(client!.file_number)).toBe(`anon-${clientId}`);
    expect(client!.birth_date === null || String(client!.birth_date).endsWith('-01-01')).toBe(true);
    const after = await queryRows<{ n: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS n FROM cheques WHERE client_id = ${clientId}`,
    });
    expect(after).toEqual(cheques);
    const [intake] = await queryRows<{ closure_reason: string; closure_kind: string }>({
      db: t.db,
      query: sql`SELECT closure_reason, closure_kind FROM intakes WHERE client_id = ${clientId}`,
    });
    expect(intake).toEqual({ closure_reason: ANONYMISED, closure_kind: 'dropped_out' });

    const again = await t.request(`/api/clients/${clientId}/erasure`, {
      method: 'POST',
      cookie: lead,
      body: { reason: 'Nogmaals' },
    });
    expect(again.status).toBe(200);
    expect((await again.json()).alreadyAnonymised).toBe(true);
    const rows = await auditRows(clientId, 'client.anonymise');
    expect(rows).toEqual([expect.objectContaining({ outcome: 'success', actor_role: 'project_lead' })]);
    expect(rows[0]!.purpose).toBe('erasure_request: Verzoek van de cliënt');
  });
});

describe('anonymisation after the retention period', () => {
  const REPORTS = ['equipped-by-purpose', 'skills', 'cheques', 'statements'] as const;

  async function reportFigures() {
    const figures: Record<string, unknown> = {};
    for (const report of REPORTS) {
      const res = await t.request(`/api/reports/${report}?from=2000-01-01&to=2099-12-31&format=json`, {
        cookie: lead,
      });
      expect(res.status).toBe(200);
      const { generatedAt: _generatedAt, ...rest } = await res.json();
      figures[report] = rest;
    }
    return figures;
  }

  it('anonymises ended trajectories past retention, keeps the others and the reports’ figures', async () => {
    // A client that completed, touched again later: its retention runs from that change.
    const [old, recent] = (await completedClients(2)) as [string, string];
    const open = await pickClient(
      `EXISTS (SELECT 1 FROM devices d WHERE d.holder_client_id = c.id AND d.status = 'reserved')`,
    );
    t.clock.set(new Date('2035-01-01T08:00:00.000Z'));
    const { cookie: later } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    const touched = await t.request(`/api/clients/${recent}`, {
      method: 'PATCH',
      cookie: later,
      body: { needsInterpreter: true },
    });
    expect(touched.status).toBe(200);

    // Reports count cheques as expired by today's date, so both sides are read on the same day.
    t.clock.set(new Date('2037-01-01T08:00:00.000Z'));
    ({ cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' }));
    const before = await reportFigures();
    const { anonymised } = await runRetentionSweep({ db: t.db, clock: t.clock, documentsDir });
    expect(anonymised).toContain(old);
    expect(anonymised).not.toContain(recent);
    expect(anonymised).not.toContain(open);

    const names = await queryRows<{ id: string; first_name: string }>({
      db: t.db,
      query: sql`SELECT id, first_name FROM clients WHERE id IN (${old}, ${recent}, ${open})`,
    });
    const nameOf = Object.fromEntries(names.map((row) => [row.id, row.first_name]));
    expect(nameOf[old]).toBe(ANONYMISED);
    expect(nameOf[recent]).not.toBe(ANONYMISED);
    expect(nameOf[open]).not.toBe(ANONYMISED);

    const audit = await auditRows(old, 'client.anonymise');
    expect(audit).toEqual([expect.objectContaining({ outcome: 'success', actor_role: null })]);
    expect(audit[0]!.purpose).toBe('retention: 60 months after the trajectory ended');

    const visitNotes = await queryRows<{ notes: string | null }>({
      db: t.db,
      query: sql`SELECT v.notes FROM visits v JOIN cheques ch ON ch.id = v.cheque_id WHERE ch.client_id = ${old}`,
    });
    expect(visitNotes.every((row) => row.notes === null)).toBe(true);

    expect(await reportFigures()).toEqual(before);

    const second = await runRetentionSweep({ db: t.db, clock: t.clock, documentsDir });
    expect(second.anonymised).toEqual([]);
    expect(await auditRows(old, 'client.anonymise')).toHaveLength(1);
  });
});
