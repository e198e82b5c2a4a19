import { randomBytes } from 'node:crypto';
import { generateChequeCode } from '@digipakket/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_CHEQUE_CODES } from '../../roof/demo/demo.seed';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';
import { visitsTable } from './visits.tables';

// One redemption per cheque under real concurrency: 100 requests started together, each with its own
// key, spread over the pool's separate PostgreSQL connections.
let t: TestApp;
let cookie: string;
signedInAppForFile({ cookie: 'student@beego.demo' }, (started) => {
  ({ t, cookie } = started);
});

async function insertOpenCheque() {
  const [template] = await t.db
    .select()
    .from(chequesTable)
    .where(eq(chequesTable.code, DEMO_CHEQUE_CODES.plannedToday));
  const { code } = generateChequeCode({ randomBytes: new Uint8Array(randomBytes(16)) });
  const [cheque] = await createSeedBuilder({ db: t.db }).cheques([
    {
      tenantId: template!.tenantId,
      clientId: template!.clientId,
      programmeId: template!.programmeId,
      homeHelpOrgId: template!.homeHelpOrgId,
      code,
      purpose: 'installation',
      status: 'requested',
      validUntil: template!.validUntil,
      // Issued when the demo's cheques were, on the test's clock: a visit cannot predate its cheque.
      issuedAt: template!.issuedAt,
    },
  ]);
  return cheque!;
}

describe('redeeming one cheque 100 times at once on PostgreSQL', () => {
  it('lets exactly one redemption succeed and answers 409 to the 99 others, every time', async () => {
    for (let round = 0; round < 5; round += 1) {
      const cheque = await insertOpenCheque();
      const body = JSON.stringify({
        code: cheque.code,
        minutes: 60,
        topics: ['installed_laptop'],
        needsFollowUp: false,
        visitedOn: '2025-03-12',
      });
      // A request that found every connection busy for too long answers 503 `database.busy`, as it
      // would to a phone; the phone sends it again with the same key, and so does this test.
      const redeem = async (index: number) => {
        for (let attempt = 1; ; attempt += 1) {
          const answer = await t.request('/api/visits/redeem', {
            method: 'POST',
            body,
            cookie,
            headers: { 'idempotency-key': `round-${round}-attempt-${index}` },
          });
          if (answer.status !== 503 || attempt === 20) return answer;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      };
      const answers = await Promise.all(Array.from({ length: 100 }, (_, index) => redeem(index)));
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(99);
      const codes = new Set(
        await Promise.all(
          answers
            .filter((answer) => answer.status === 409)
            .map(async (answer) => (await answer.json()).error.code),
        ),
      );
      expect(codes).toEqual(new Set(['cheque.already_redeemed']));
      const visits = await t.db.select().from(visitsTable).where(eq(visitsTable.chequeId, cheque.id));
      expect(visits).toHaveLength(1);
      const [after] = await t.db.select().from(chequesTable).where(eq(chequesTable.id, cheque.id));
      expect(after!.status).toBe('redeemed');
    }
  }, 120_000);
});
