import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { withSystemScope } from '../../ground/database/database';
import { jobsTable } from '../../ground/jobs/jobs.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { courseGroupsTable, courseSessionsTable } from '../../tracks/training/training.tables';
import { appForFile } from '../testing/app-for-file';
import type { TestApp } from '../testing/test-app';
import { createSeedBuilder } from './seed-builder';
import { aClientOfAnotherTenant, aCourseGroup } from './seed-builder.fixtures';

let t: TestApp;
appForFile(
  (app) => {
    t = app;
  },
  { demo: false },
);

describe('the seed builder', () => {
  it('inserts each object with an id of its kind and hands back the rows it wrote', async () => {
    await withSystemScope({
      work: async () => {
        const seed = createSeedBuilder({ db: t.db });
        const tenant = await seed.tenant({ name: 'OCMW Proef', slug: 'proef' });
        const [welfare] = await seed.organisations([
          { kind: 'welfare', name: 'OCMW Proef', tenantId: tenant.id },
        ]);
        const [author] = await seed.users([
          {
            email: 'sociaal@proef.test',
            passwordHash: 'x',
            displayName: 'Sociaal',
            organisationId: welfare!.id,
            orgKind: 'welfare',
            role: 'social_worker',
          },
        ]);
        const client = await seed.client({
          tenantId: tenant.id,
          fileNumber: 'PRF-1',
          firstName: 'An',
          lastName: 'Peeters',
          createdBy: author!.id,
        });
        expect(tenant.id).toMatch(/^ten_/);
        expect(client.id).toMatch(/^cli_/);
        expect(client.firstName).toBe('An');
        const [row] = await t.db.select().from(clientsTable).where(eq(clientsTable.id, client.id));
        expect(row).toMatchObject({ tenantId: tenant.id, lastName: 'Peeters', createdBy: author!.id });
      },
    });
  });

  it('writes nothing for an empty list', async () => {
    expect(await createSeedBuilder({ db: t.db }).signals([])).toEqual([]);
  });

  it("records a batch's state and an earlier audit entry, the entry a success unless it says otherwise", async () => {
    const seed = createSeedBuilder({ db: t.db });
    const tenant = await seed.tenant({ name: 'OCMW Geschiedenis', slug: 'geschiedenis' });
    const [job] = await seed.jobs([
      { tenantId: tenant.id, kind: 'pack-batch', status: 'running', total: 2, payload: { clientIds: [] } },
    ]);
    const at = new Date('2025-02-03T09:00:00.000Z');
    const [entry] = await seed.auditEntries([
      { tenantId: tenant.id, action: 'cheque.no_show', resource: 'cheque:chq_none', at },
    ]);
    expect(job!.id).toMatch(/^job_/);
    expect(entry!.id).toMatch(/^aud_/);
    const [jobRow] = await t.db.select().from(jobsTable).where(eq(jobsTable.id, job!.id));
    expect(jobRow).toMatchObject({ status: 'running', processed: 0, total: 2 });
    const [auditRow] = await t.db.select().from(auditLogTable).where(eq(auditLogTable.id, entry!.id));
    expect(auditRow).toMatchObject({ outcome: 'success', action: 'cheque.no_show', at });
  });
});

describe('the named test data', () => {
  it('puts a client in a second welfare centre, named as a search that leaked would find', async () => {
    const seed = createSeedBuilder({ db: t.db });
    const { tenant, client } = await aClientOfAnotherTenant(seed);
    expect(tenant).toMatchObject({ name: 'OCMW Aalst', slug: 'ocmw-aalst' });
    const [row] = await t.db.select().from(clientsTable).where(eq(clientsTable.id, client.id));
    expect(row).toMatchObject({
      tenantId: tenant.id,
      fileNumber: 'AAL-1',
      firstName: 'Mohammed',
      lastName: 'Elders',
      preferredLanguage: 'nl',
    });
  });

  it('makes a course group with a morning session on each date and its seats free unless told', async () => {
    const seed = createSeedBuilder({ db: t.db });
    const [training] = await seed.organisations([{ kind: 'training', name: 'Leerpunt', tenantId: null }]);
    const { group, sessions } = await aCourseGroup(seed, {
      trainingOrgId: training!.id,
      capacity: 4,
      dates: ['2025-03-03', '2025-03-05'],
    });
    const [groupRow] = await t.db.select().from(courseGroupsTable).where(eq(courseGroupsTable.id, group.id));
    expect(groupRow).toMatchObject({ trainingOrgId: training!.id, capacity: 4, enrolledCount: 0 });
    const sessionRows = await t.db
      .select()
      .from(courseSessionsTable)
      .where(eq(courseSessionsTable.groupId, group.id))
      .orderBy(courseSessionsTable.date);
    expect(sessionRows.map((row) => [row.id, row.date, row.startTime, row.endTime])).toEqual(
      sessions.map((session) => [session.id, session.date, '09:00:00', '12:00:00']),
    );
    const full = await aCourseGroup(seed, {
      trainingOrgId: training!.id,
      capacity: 2,
      enrolledCount: 2,
      dates: [],
    });
    const [fullRow] = await t.db
      .select()
      .from(courseGroupsTable)
      .where(eq(courseGroupsTable.id, full.group.id));
    expect([fullRow!.enrolledCount, full.sessions]).toEqual([2, []]);
  });
});
