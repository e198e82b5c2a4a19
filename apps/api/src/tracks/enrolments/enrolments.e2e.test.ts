import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aClientOfAnotherTenant, aCourseGroup } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { signInNewAccount } from '../../roof/testing/first-login';
import type { TestApp } from '../../roof/testing/test-app';
import { courseGroupsTable, enrolmentsTable } from '../training/training.tables';

let t: TestApp;
let socialWorker: string;
let ligoId: string;
let clientIds: string[];
let otherTenantId: string;
let otherTenantClientId: string;
let foreignGroupId: string;

async function makeGroup({ capacity, orgId = ligoId }: { capacity: number; orgId?: string }) {
  const { group } = await aCourseGroup(createSeedBuilder({ db: t.db }), { trainingOrgId: orgId, capacity });
  return group.id;
}

const enrol = (body: unknown, headers: Record<string, string> = {}, cookie = socialWorker) =>
  t.request('/api/training/enrolments', { method: 'POST', body, cookie, headers });

signedInAppForFile({ socialWorker: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, socialWorker } = started);
  const [ligo] = await t.db.select().from(organisationsTable).where(eq(organisationsTable.name, 'Ligo'));
  ligoId = ligo!.id;
  const clients = await t.db.select({ id: clientsTable.id }).from(clientsTable).limit(8);
  clientIds = clients.map((client) => client.id);
  const seed = createSeedBuilder({ db: t.db });
  const { tenant, client } = await aClientOfAnotherTenant(seed);
  otherTenantId = tenant.id;
  otherTenantClientId = client.id;
  const [otherTraining] = await seed.organisations([
    { kind: 'training', name: 'Basiseducatie Aalst', tenantId: null },
  ]);
  foreignGroupId = await makeGroup({ capacity: 5, orgId: otherTraining!.id });
});

describe('open groups for the welfare centre', () => {
  it("lists the training partner's groups that have not started, with languages, seats and waitlist", async () => {
    const res = await t.request('/api/training/groups/open', { cookie: socialWorker });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    const names = items.map((group: { name: string }) => group.name);
    // Group A started a week ago: offered only when asked for, and then marked as started.
    expect(names).not.toContain('Basis digitaal — groep A');
    const withStarted = await (
      await t.request('/api/training/groups/open?includeStarted=true', { cookie: socialWorker })
    ).json();
    expect(
      withStarted.items.find((group: { name: string }) => group.name === 'Basis digitaal — groep A'),
    ).toMatchObject({ started: true, languageSupport: ['nl', 'ar'] });
    expect(names).toContain('Basis digitaal — groep C');
    expect(names).not.toContain('Basis digitaal — groep B');
    expect(items.map((group: { id: string }) => group.id)).not.toContain(foreignGroupId);
    const groupC = items.find((group: { name: string }) => group.name === 'Basis digitaal — groep C');
    expect(groupC).toMatchObject({
      languageSupport: ['nl', 'fr', 'en'],
      started: false,
      capacity: 12,
      enrolledCount: 0,
      waitlistCount: 0,
      locationName: expect.any(String),
    });
    expect(groupC.firstSessionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a training partner with 403', async () => {
    const { cookie } = await t.login({ email: 'coordinator@ligo.demo' });
    expect((await t.request('/api/training/groups/open', { cookie })).status).toBe(403);
  });
});

describe('enrolling and withdrawing', () => {
  it('enrols up to capacity, then waitlists in order, and a withdrawal moves the first waitlisted up', async () => {
    const groupId = await makeGroup({ capacity: 2 });
    const answers: { id: string; status: string; position: number | null }[] = [];
    for (const clientId of clientIds.slice(0, 4)) {
      const res = await enrol({ clientId, groupId });
      expect(res.status).toBe(201);
      answers.push((await res.json()).enrolment);
    }
    expect(answers.map((a) => [a.status, a.position])).toEqual([
      ['enrolled', null],
      ['enrolled', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);

    const res = await t.request(`/api/training/enrolments/${answers[0]!.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'schedule' },
      cookie: socialWorker,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      enrolment: { id: answers[0]!.id, status: 'withdrawn', position: null },
      promoted: [{ id: answers[2]!.id }],
    });
    const rows = await t.db.select().from(enrolmentsTable).where(eq(enrolmentsTable.groupId, groupId));
    expect(rows.find((row) => row.id === answers[2]!.id)).toMatchObject({
      status: 'enrolled',
      position: null,
    });
    expect(rows.find((row) => row.id === answers[3]!.id)).toMatchObject({
      status: 'waitlisted',
      position: 1,
    });
    const [group] = await t.db.select().from(courseGroupsTable).where(eq(courseGroupsTable.id, groupId));
    expect(group!.enrolledCount).toBe(2);

    const again = await t.request(`/api/training/enrolments/${answers[0]!.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'schedule' },
      cookie: socialWorker,
    });
    await expectRefusal(again, { status: 409, code: 'enrolment.not_on_roster' });
  });

  it('frees the seat when an enrolled learner withdraws from a group without waitlist', async () => {
    const groupId = await makeGroup({ capacity: 3 });
    const { enrolment } = await (await enrol({ clientId: clientIds[0], groupId })).json();
    await t.request(`/api/training/enrolments/${enrolment.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'schedule' },
      cookie: socialWorker,
    });
    const [group] = await t.db.select().from(courseGroupsTable).where(eq(courseGroupsTable.id, groupId));
    expect(group!.enrolledCount).toBe(0);
  });

  it('refuses a second enrolment of the same client in one group with 409', async () => {
    const groupId = await makeGroup({ capacity: 3 });
    expect((await enrol({ clientId: clientIds[1], groupId })).status).toBe(201);
    const res = await enrol({ clientId: clientIds[1], groupId });
    await expectRefusal(res, { status: 409, code: 'enrolment.already_on_roster' });
  });

  it("answers 404 for another tenant's client and for a group of a training partner the tenant does not use", async () => {
    const groupId = await makeGroup({ capacity: 3 });
    const client = await enrol({ clientId: otherTenantClientId, groupId });
    await expectRefusal(client, { status: 404, code: 'client.not_found' });
    const group = await enrol({ clientId: clientIds[0], groupId: foreignGroupId });
    await expectRefusal(group, { status: 404, code: 'course_group.not_found' });
    const missing = await enrol({ clientId: clientIds[0], groupId: 'grp_doesnotexist000000' });
    expect(missing.status).toBe(404);
    const denied = await auditRows(t.db, { action: 'enrolment.enrol', outcome: 'denied' });
    expect(denied.map((row) => row.resource)).toContain(`client:${otherTenantClientId}`);
  });

  it("answers 404 when another tenant's social worker withdraws our enrolment", async () => {
    const groupId = await makeGroup({ capacity: 3 });
    const { enrolment } = await (await enrol({ clientId: clientIds[2], groupId })).json();
    const [organisation] = await createSeedBuilder({ db: t.db }).organisations([
      { kind: 'welfare', name: 'OCMW Aalst', tenantId: otherTenantId },
    ]);
    const cookie = await signInNewAccount({
      t,
      email: 'sw@aalst.test',
      organisationRef: organisation!.id,
      role: 'social_worker',
      displayName: 'Aalst',
    });
    const res = await t.request(`/api/training/enrolments/${enrolment.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'schedule' },
      cookie,
    });
    await expectRefusal(res, { status: 404, code: 'enrolment.not_found' });
    const open = await (await t.request('/api/training/groups/open', { cookie })).json();
    expect(open.items).toEqual([]);
  });

  it("lets the training partner's coordinator withdraw, but not a teacher", async () => {
    const groupId = await makeGroup({ capacity: 3 });
    const { enrolment } = await (await enrol({ clientId: clientIds[3], groupId })).json();
    const { cookie: teacher } = await t.login({ email: 'lesgever@ligo.demo' });
    const refused = await t.request(`/api/training/enrolments/${enrolment.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'schedule' },
      cookie: teacher,
    });
    expect(refused.status).toBe(403);
    const { cookie: coordinator } = await t.login({ email: 'coordinator@ligo.demo' });
    const res = await t.request(`/api/training/enrolments/${enrolment.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'other', note: 'Volgt een cursus bij een andere organisatie' },
      cookie: coordinator,
    });
    expect(res.status).toBe(200);
    const detail = await (await t.request(`/api/training/groups/${groupId}`, { cookie: coordinator })).json();
    const learner = detail.learners.find(
      (item: { enrolmentId: string }) => item.enrolmentId === enrolment.id,
    );
    expect(learner.withdrawal).toEqual({
      reason: 'other',
      note: 'Volgt een cursus bij een andere organisatie',
      at: t.clock.now().toISOString(),
    });
  });

  it('needs a reason from the list, and words of its own for "other"', async () => {
    const groupId = await makeGroup({ capacity: 3 });
    const { enrolment } = await (await enrol({ clientId: clientIds[5], groupId })).json();
    const withdraw = (body: unknown) =>
      t.request(`/api/training/enrolments/${enrolment.id}/withdraw`, {
        method: 'POST',
        body,
        cookie: socialWorker,
      });
    for (const body of [
      {},
      { reason: 'bored' },
      { reason: 'other' },
      { reason: 'other', note: '  ' },
      { reason: 'health', extra: 1 },
    ]) {
      const res = await withdraw(body);
      expect(res.status).toBe(400);
    }
    const [stillThere] = await t.db
      .select()
      .from(enrolmentsTable)
      .where(eq(enrolmentsTable.id, enrolment.id));
    expect(stillThere!.status).toBe('enrolled');
    expect((await withdraw({ reason: 'health', note: 'Opname in het ziekenhuis' })).status).toBe(200);
    const [row] = await t.db.select().from(enrolmentsTable).where(eq(enrolmentsTable.id, enrolment.id));
    expect(row).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'health',
      withdrawnNote: 'Opname in het ziekenhuis',
    });
    expect(row!.withdrawnBy).toMatch(/^usr_/);
    const view = await (
      await t.request(`/api/training/clients/${clientIds[5]}/enrolments`, { cookie: socialWorker })
    ).json();
    expect(view.items.find((item: { id: string }) => item.id === enrolment.id).withdrawal).toMatchObject({
      reason: 'health',
      note: 'Opname in het ziekenhuis',
    });
    const audited = await auditRows(t.db, {
      action: 'enrolment.withdraw',
      resource: `enrolment:${enrolment.id}`,
    });
    expect(audited).toHaveLength(1);
  });

  it('writes an audit row for each enrolment', async () => {
    const groupId = await makeGroup({ capacity: 3 });
    const { enrolment } = await (await enrol({ clientId: clientIds[4], groupId })).json();
    const rows = await auditRows(t.db, { resource: `enrolment:${enrolment.id}`, action: 'enrolment.enrol' });
    expect(rows).toHaveLength(1);
  });

  it('refuses unknown fields in the body', async () => {
    const groupId = await makeGroup({ capacity: 3 });
    const res = await enrol({ clientId: clientIds[5], groupId, status: 'enrolled', tenantId: 'ten_x' });
    await expectRefusal(res, { status: 400, code: 'validation.failed' });
  });
});

describe('idempotent enrolment', () => {
  it('replays the first answer for the same key and body, and refuses the key with another body', async () => {
    const groupId = await makeGroup({ capacity: 3 });
    const first = await enrol({ clientId: clientIds[6], groupId }, { 'Idempotency-Key': 'enrol-key-1' });
    const second = await enrol({ clientId: clientIds[6], groupId }, { 'Idempotency-Key': 'enrol-key-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    const rows = await t.db.select().from(enrolmentsTable).where(eq(enrolmentsTable.groupId, groupId));
    expect(rows).toHaveLength(1);
    const other = await enrol({ clientId: clientIds[7], groupId }, { 'Idempotency-Key': 'enrol-key-1' });
    await expectRefusal(other, { status: 422, code: 'idempotency.key_reused' });
  });
});
