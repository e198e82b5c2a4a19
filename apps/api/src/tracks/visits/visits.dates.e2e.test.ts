import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_CHEQUE_CODES } from '../../roof/demo/demo.seed';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { TEST_NOW, type TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';

let t: TestApp;
let student: string;
let keyNumber = 0;

signedInAppForFile({ student: 'student@beego.demo' }, (started) => {
  ({ t, student } = started);
});

const redeem = (code: string, visitedOn: string) => {
  keyNumber += 1;
  return t.request('/api/visits/redeem', {
    method: 'POST',
    cookie: student,
    headers: { 'idempotency-key': `dates-key-${keyNumber.toString().padStart(4, '0')}` },
    body: { code, minutes: 60, topics: ['installed_laptop'], needsFollowUp: false, visitedOn },
  });
};

const setCheque = (code: string, change: Partial<typeof chequesTable.$inferInsert>) =>
  t.db.update(chequesTable).set(change).where(eq(chequesTable.code, code));

describe('the date of a visit', () => {
  it('lies between the day the cheque was issued and today: earlier is refused naming visitedOn, that day is accepted', async () => {
    const code = DEMO_CHEQUE_CODES.plannedToday;
    await setCheque(code, { issuedAt: new Date('2025-03-01T09:00:00.000Z') });
    for (const visitedOn of ['1900-01-01', '2025-02-28']) {
      const res = await redeem(code, visitedOn);
      const error = await expectRefusal(res, { status: 400, code: 'visit.invalid' });
      expect(error.details.reasons).toEqual([
        {
          code: 'visit.date_out_of_range',
          field: 'visitedOn',
          date: visitedOn,
          earliest: '2025-03-01',
          latest: '2025-03-12',
        },
      ]);
    }
    const future = await redeem(code, '2025-03-13');
    expect((await future.json()).error.details.reasons[0]).toMatchObject({
      code: 'visit.date_in_future',
      field: 'visitedOn',
    });
    expect((await redeem(code, '2025-03-01')).status).toBe(201);
  });
});

describe("a cheque's last valid day", () => {
  it('is valid until midnight at the end of that day in Brussels, and expired from then on', async () => {
    await setCheque(DEMO_CHEQUE_CODES.plannedTomorrow, { validUntil: '2025-03-12' });
    await setCheque(DEMO_CHEQUE_CODES.requested, { validUntil: '2025-03-12' });
    try {
      // 23:59:59 on 12 March in Brussels (UTC+1 in winter): still valid.
      t.clock.set(new Date('2025-03-12T22:59:59.000Z'));
      // A session from the morning has timed out by the evening.
      student = (await t.login({ email: 'student@beego.demo' })).cookie;
      const lastSecond = await redeem(DEMO_CHEQUE_CODES.plannedTomorrow, '2025-03-12');
      expect(lastSecond.status).toBe(201);
      // Midnight in Brussels: 13 March has begun there, though it is still 12 March in UTC.
      t.clock.set(new Date('2025-03-12T23:00:00.000Z'));
      const midnight = await redeem(DEMO_CHEQUE_CODES.requested, '2025-03-12');
      await expectRefusal(midnight, { status: 409, code: 'cheque.expired' });
    } finally {
      t.clock.set(TEST_NOW);
    }
  });
});
