import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisationsTable, tenantsTable } from '../../ground/organisations/organisations.tables';
import { createSeedBuilder, type SeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aCourseGroup } from '../../roof/seed-builder/seed-builder.fixtures';
import { appForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';
import { getClientTrainingFacts } from './training.facts';

let t: TestApp;
let seed: SeedBuilder;
let tenantId: string;
let ligoId: string;

appForFile(async (app) => {
  t = app;
  seed = createSeedBuilder({ db: t.db });
  const [tenant] = await t.db.select().from(tenantsTable).limit(1);
  tenantId = tenant!.id;
  const [ligo] = await t.db.select().from(organisationsTable).where(eq(organisationsTable.name, 'Ligo'));
  ligoId = ligo!.id;
});

/** A group of the training partner with a session on each date and two of the tenant's clients enrolled. */
async function course({ dates }: { dates: string[] }) {
  const { group, sessions } = await aCourseGroup(seed, {
    trainingOrgId: ligoId,
    capacity: 5,
    enrolledCount: 2,
    dates,
  });
  const clients = await seed.clients(
    [1, 2].map((n) => ({
      tenantId,
      fileNumber: `FACT-${Math.random()}`,
      firstName: `Feit${n}`,
      lastName: 'Test',
    })),
  );
  const enrolments = await seed.enrolments(
    clients.map((client) => ({
      trainingOrgId: ligoId,
      tenantId,
      groupId: group.id,
      clientId: client.id,
      status: 'enrolled' as const,
    })),
  );
  return { sessions, clients, enrolments };
}

describe('training facts for follow-up', () => {
  it('finds two absences in a row, and not an absence broken by an excused session', async () => {
    const { sessions, clients, enrolments } = await course({
      dates: ['2025-03-03', '2025-03-05', '2025-03-07'],
    });
    const marks = [
      ['absent', 'absent', 'present'],
      ['absent', 'excused', 'absent'],
    ] as const;
    await seed.attendance(
      enrolments.flatMap((enrolment, learner) =>
        sessions.map((session, index) => ({
          trainingOrgId: ligoId,
          tenantId,
          sessionId: session.id,
          enrolmentId: enrolment.id,
          status: marks[learner]![index]!,
        })),
      ),
    );
    const { facts } = await getClientTrainingFacts({
      db: t.db,
      tenantId,
      clientIds: clients.map((client) => client.id),
      today: '2025-03-12',
    });
    expect(facts.get(clients[0]!.id)!.absentTwiceInARow).toEqual([
      { enrolmentId: enrolments[0]!.id, sessionIds: [sessions[0]!.id, sessions[1]!.id] },
    ]);
    expect(facts.get(clients[1]!.id)!.absentTwiceInARow).toEqual([]);
  });

  it('finds a finished course without a referral decision, and not one that has a decision or is still running', async () => {
    const done = await course({ dates: ['2025-02-10', '2025-02-12', '2025-02-14'] });
    await seed.referrals([
      {
        tenantId,
        trainingOrgId: ligoId,
        clientId: done.clients[1]!.id,
        enrolmentId: done.enrolments[1]!.id,
        decision: 'referred',
        courseName: 'Vervolgcursus',
      },
    ]);
    const running = await course({ dates: ['2025-03-10', '2025-03-12', '2025-03-14'] });
    const clientIds = [...done.clients, ...running.clients].map((client) => client.id);
    const { facts } = await getClientTrainingFacts({ db: t.db, tenantId, clientIds, today: '2025-03-12' });
    expect(facts.get(done.clients[0]!.id)!.finishedWithoutReferral).toEqual([
      { enrolmentId: done.enrolments[0]!.id, finishedOn: '2025-02-14' },
    ]);
    expect(facts.get(done.clients[1]!.id)!.finishedWithoutReferral).toEqual([]);
    expect(facts.get(running.clients[0]!.id)!.finishedWithoutReferral).toEqual([]);
  });

  it('answers nothing for clients of another tenant', async () => {
    const { clients } = await course({ dates: ['2025-02-10'] });
    const { facts } = await getClientTrainingFacts({
      db: t.db,
      tenantId: 'ten_someoneelse0000000',
      clientIds: clients.map((client) => client.id),
      today: '2025-03-12',
    });
    expect(facts.get(clients[0]!.id)).toEqual({ absentTwiceInARow: [], finishedWithoutReferral: [] });
  });
});
