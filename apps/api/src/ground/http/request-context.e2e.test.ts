import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../../roof/testing/test-app';
import { createTestContext } from '../../roof/testing/test-context';
import { auditLogTable } from '../audit/audit.tables';
import { requireTenant } from './request-context';

describe('request context', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const auditRowsOf = (requestId: string) =>
    t.db.select().from(auditLogTable).where(eq(auditLogTable.requestId, requestId));

  it('fills in the actor, their tenant, the request id and the time of an audit row', async () => {
    const ctx = await createTestContext({
      db: t.db,
      clock: t.clock,
      email: 'sociaal@ocmw-gent.demo',
      requestId: 'req_context_audit_one',
    });
    await ctx.audit({ action: 'client.read', resource: 'client:cli_x', clientId: null });
    const rows = await auditRowsOf('req_context_audit_one');
    expect(rows).toEqual([
      expect.objectContaining({
        tenantId: ctx.actor.organisation.tenantId,
        actorUserId: ctx.actor.user.id,
        actorOrgId: ctx.actor.organisation.id,
        actorRole: 'social_worker',
        action: 'client.read',
        resource: 'client:cli_x',
        outcome: 'success',
        at: TEST_NOW,
      }),
    ]);
  });

  it("writes a row in the tenant and with the outcome it names, as a partner's does for a client", async () => {
    const ctx = await createTestContext({
      db: t.db,
      clock: t.clock,
      email: 'coordinator@beego.demo',
      requestId: 'req_context_audit_partner',
    });
    const [tenant] = await t.db.select({ tenantId: auditLogTable.tenantId }).from(auditLogTable).limit(1);
    await ctx.audit({
      action: 'visit.read',
      resource: 'visit:vis_x',
      tenantId: tenant!.tenantId,
      outcome: 'denied',
    });
    const rows = await auditRowsOf('req_context_audit_partner');
    expect(rows).toEqual([
      expect.objectContaining({
        tenantId: tenant!.tenantId,
        actorRole: 'coordinator',
        outcome: 'denied',
      }),
    ]);
  });

  it('writes one row per record in one go, and none for an empty list', async () => {
    const ctx = await createTestContext({
      db: t.db,
      clock: t.clock,
      email: 'projectleider@ocmw-gent.demo',
      requestId: 'req_context_audit_each',
    });
    await ctx.auditEach({ records: [] });
    expect(await auditRowsOf('req_context_audit_each')).toEqual([]);
    await ctx.auditEach({
      records: [
        { action: 'device.read', resource: 'device:a', clientId: null },
        { action: 'device.read', resource: 'device:b', clientId: null },
      ],
    });
    const rows = await auditRowsOf('req_context_audit_each');
    expect(rows.map((row) => row.resource).sort()).toEqual(['device:a', 'device:b']);
    expect(rows.every((row) => row.actorRole === 'project_lead' && row.tenantId === ctx.tenantId)).toBe(true);
  });

  it("narrows a welfare user's context to their tenant and refuses a partner's with 403", async () => {
    const welfare = await createTestContext({ db: t.db, clock: t.clock, email: 'sociaal@ocmw-gent.demo' });
    expect(requireTenant(welfare).tenantId).toBe(welfare.actor.organisation.tenantId);
    const partner = await createTestContext({ db: t.db, clock: t.clock, email: 'coordinator@beego.demo' });
    expect(partner.tenantId).toBeNull();
    expect(() => requireTenant(partner)).toThrow(
      expect.objectContaining({ code: 'auth.forbidden', status: 403 }),
    );
  });
});
