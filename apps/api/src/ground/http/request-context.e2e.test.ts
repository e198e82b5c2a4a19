import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { TEST_NOW, type TestApp } from '../../roof/testing/test-app';
import { createTestContext } from '../../roof/testing/test-context';
import { auditLogTable } from '../audit/audit.tables';
import { requireTenant } from './request-context';

describe('request context', () => {
  let t: TestApp;
  appForFile((app) => {
    t = app;
  });

  const contextOf = (email: string, requestId?: string) =>
    createTestContext({ db: t.db, clock: t.clock, email, ...(requestId ? { requestId } : {}) });
  const auditRowsOf = (requestId: string) => auditRows(t.db, { requestId });

  it('fills in the actor, their tenant, the request id and the time of an audit row', async () => {
    const ctx = await contextOf('sociaal@ocmw-gent.demo', 'req_context_audit_one');
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
    const ctx = await contextOf('coordinator@beego.demo', 'req_context_audit_partner');
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
    const ctx = await contextOf('projectleider@ocmw-gent.demo', 'req_context_audit_each');
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

  it('commits the audit rows written in a transaction with it, and writes none when it fails', async () => {
    const ctx = await contextOf('sociaal@ocmw-gent.demo', 'req_context_transaction');
    // The rows are written in the transaction: it reads them back before it commits.
    const answer = await ctx.transaction(async ({ tx, audit, auditEach }) => {
      await audit({ action: 'client.read', resource: 'client:cli_committed', clientId: null });
      await auditEach({ records: [{ action: 'device.read', resource: 'device:committed', clientId: null }] });
      return (
        await tx.select().from(auditLogTable).where(eq(auditLogTable.requestId, 'req_context_transaction'))
      ).length;
    });
    expect(answer).toBe(2);
    const failed = ctx.transaction(async ({ audit }) => {
      await audit({ action: 'client.read', resource: 'client:cli_rolled_back', clientId: null });
      throw new Error('the write failed');
    });
    await expect(failed).rejects.toThrow('the write failed');
    const rows = await auditRowsOf('req_context_transaction');
    expect(rows.map((row) => row.resource).sort()).toEqual(['client:cli_committed', 'device:committed']);
  });

  it("narrows a welfare user's context to their tenant and refuses a partner's with 403", async () => {
    const welfare = await contextOf('sociaal@ocmw-gent.demo');
    expect(requireTenant(welfare).tenantId).toBe(welfare.actor.organisation.tenantId);
    const partner = await contextOf('coordinator@beego.demo');
    expect(partner.tenantId).toBeNull();
    expect(() => requireTenant(partner)).toThrow(
      expect.objectContaining({ code: 'auth.forbidden', status: 403 }),
    );
  });
});
