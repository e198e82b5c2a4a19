import { and, eq, lt, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTransaction } from '../../ground/database/database';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { clientsTable } from '../../records/clients/clients.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aCourseGroup } from '../../roof/seed-builder/seed-builder.fixtures';
import { appForFile } from '../../roof/testing/app-for-file';
import { userIdOf } from '../../roof/testing/demo-rows';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';
import { visitsTable } from '../visits/visits.tables';
import { courseGroupsTable, enrolmentsTable } from './training.tables';

// The database-held invariants under real concurrency: separate connections, started together.
let t: TestApp;
appForFile((app) => {
  t = app;
});

describe('course group capacity on PostgreSQL', () => {
  it('enrols exactly `capacity` of 60 concurrent enrolments and waitlists the rest', async () => {
    const [ligo] = await t.db.select().from(organisationsTable).where(eq(organisationsTable.name, 'Ligo'));
    const clients = await t.db
      .select({ id: clientsTable.id, tenantId: clientsTable.tenantId })
      .from(clientsTable)
      .limit(60);
    const { group } = await aCourseGroup(createSeedBuilder({ db: t.db }), {
      trainingOrgId: ligo!.id,
      name: 'Capaciteitstest',
      capacity: 20,
      dates: [],
    });

    const enrol = (client: { id: string; tenantId: string }) =>
      withTransaction({
        db: t.db,
        work: async (tx) => {
          const taken = await tx
            .update(courseGroupsTable)
            .set({ enrolledCount: sql`${courseGroupsTable.enrolledCount} + 1` })
            .where(
              and(
                eq(courseGroupsTable.id, group.id),
                lt(courseGroupsTable.enrolledCount, courseGroupsTable.capacity),
              ),
            )
            .returning({ id: courseGroupsTable.id });
          const enrolled = taken.length === 1;
          await tx.insert(enrolmentsTable).values({
            trainingOrgId: ligo!.id,
            tenantId: client.tenantId,
            groupId: group.id,
            clientId: client.id,
            status: enrolled ? 'enrolled' : 'waitlisted',
            position: enrolled ? null : 1,
          });
          return enrolled;
        },
      });

    const results = await Promise.all(clients.map(enrol));
    expect(results.filter(Boolean)).toHaveLength(20);
    const rows = await t.db.select().from(enrolmentsTable).where(eq(enrolmentsTable.groupId, group.id));
    expect(rows.filter((row) => row.status === 'enrolled')).toHaveLength(20);
    const [after] = await t.db.select().from(courseGroupsTable).where(eq(courseGroupsTable.id, group.id));
    expect(after!.enrolledCount).toBe(20);
  });

  it('refuses a counter over capacity even from code that forgets the condition', async () => {
    const [group] = await t.db
      .select()
      .from(courseGroupsTable)
      .where(eq(courseGroupsTable.name, 'Capaciteitstest'));
    await expect(
      t.db.update(courseGroupsTable).set({ enrolledCount: 21 }).where(eq(courseGroupsTable.id, group!.id)),
    ).rejects.toThrow();
  });
});

describe('one visit per cheque on PostgreSQL', () => {
  it('lets exactly one of 30 concurrent redemptions of a cheque insert its visit', async () => {
    const [cheque] = await t.db.select().from(chequesTable).where(eq(chequesTable.status, 'issued')).limit(1);
    const studentUserId = await userIdOf(t.db, 'student@beego.demo');
    const attempts = Array.from({ length: 30 }, () =>
      t.db
        .insert(visitsTable)
        .values({
          tenantId: cheque!.tenantId,
          chequeId: cheque!.id,
          homeHelpOrgId: cheque!.homeHelpOrgId,
          studentUserId,
          visitedOn: '2025-03-12',
          minutes: 60,
        })
        .then(
          () => 'ok' as const,
          (error: unknown) => getUniqueViolationConstraint(error) ?? 'other',
        ),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'visits_cheque_unique')).toHaveLength(29);
  });
});
