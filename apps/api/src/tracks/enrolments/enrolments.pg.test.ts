import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisationsTable, tenantsTable } from '../../ground/organisations/organisations.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aCourseGroup } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';
import { courseGroupsTable, enrolmentsTable } from '../training/training.tables';

let t: TestApp;
let socialWorker: string;
let ligoId: string;
let clientIds: string[];

signedInAppForFile({ socialWorker: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, socialWorker } = started);
  const [ligo] = await t.db.select().from(organisationsTable).where(eq(organisationsTable.name, 'Ligo'));
  ligoId = ligo!.id;
  const [tenant] = await t.db.select().from(tenantsTable).limit(1);
  const clients = await createSeedBuilder({ db: t.db }).clients(
    Array.from({ length: 100 }, (_, index) => ({
      tenantId: tenant!.id,
      fileNumber: `LOAD-${index}`,
      firstName: `Leerder${index}`,
      lastName: 'Test',
    })),
  );
  clientIds = clients.map((client) => client.id);
});

async function makeGroup({ capacity }: { capacity: number }) {
  const { group } = await aCourseGroup(createSeedBuilder({ db: t.db }), { trainingOrgId: ligoId, capacity });
  return group.id;
}

/**
 * A busy pool answers 503 `database.busy` rather than queueing for long (the machine running these
 * tests is shared); a client retries with the same Idempotency-Key, which is safe by design.
 */
async function enrolWithRetries({
  clientId,
  groupId,
  key,
}: {
  clientId: string;
  groupId: string;
  key: string;
}) {
  for (let attempt = 0; ; attempt += 1) {
    const res = await t.request('/api/training/enrolments', {
      method: 'POST',
      cookie: socialWorker,
      headers: { 'Idempotency-Key': key },
      body: { clientId, groupId },
    });
    if (res.status !== 503 || attempt >= 20) return res;
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
  }
}

describe('simultaneous enrolments on PostgreSQL', () => {
  for (const round of [1, 2, 3, 4, 5]) {
    it(`leaves exactly 20 enrolled and 80 waitlisted after 100 simultaneous enrolments into a group of 20 (round ${round})`, async () => {
      const groupId = await makeGroup({ capacity: 20 });
      const answers = await Promise.all(
        clientIds.map((clientId) =>
          enrolWithRetries({ clientId, groupId, key: `round-${round}-${clientId}` }),
        ),
      );
      expect(answers.map((res) => res.status)).toEqual(clientIds.map(() => 201));
      const rows = await t.db.select().from(enrolmentsTable).where(eq(enrolmentsTable.groupId, groupId));
      expect(rows.filter((row) => row.status === 'enrolled')).toHaveLength(20);
      const waitlisted = rows.filter((row) => row.status === 'waitlisted');
      expect(waitlisted).toHaveLength(80);
      expect(waitlisted.map((row) => row.position).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: 80 }, (_, index) => index + 1),
      );
      const [group] = await t.db.select().from(courseGroupsTable).where(eq(courseGroupsTable.id, groupId));
      expect(group!.enrolledCount).toBe(20);
    });
  }

  it('makes one enrolment of 20 simultaneous requests with one Idempotency-Key, all answered alike', async () => {
    const groupId = await makeGroup({ capacity: 5 });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.request('/api/training/enrolments', {
          method: 'POST',
          cookie: socialWorker,
          headers: { 'Idempotency-Key': 'same-key-everywhere' },
          body: { clientId: clientIds[0], groupId },
        }),
      ),
    );
    const bodies = await Promise.all(answers.map((res) => res.json()));
    expect(answers.every((res) => res.status === 201)).toBe(true);
    expect(new Set(bodies.map((body) => body.enrolment.id)).size).toBe(1);
    const rows = await t.db.select().from(enrolmentsTable).where(eq(enrolmentsTable.groupId, groupId));
    expect(rows).toHaveLength(1);
  });
});
