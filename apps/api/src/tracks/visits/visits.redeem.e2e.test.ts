import { type ChequeCode, formatChequeCode } from '@digipakket/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { idempotencyKeysTable } from '../../ground/idempotency/idempotency.tables';
import { DEMO_CHEQUE_CODES } from '../../roof/demo/demo.seed';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { userIdOf } from '../../roof/testing/demo-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { loginFirstTime } from '../../roof/testing/first-login';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';
import { visitsTable } from './visits.tables';
import { insertOtherTenantCheque } from './visits.test-data';

let t: TestApp;
let student: string;
let coordinator: string;
signedInAppForFile({ student: 'student@beego.demo', coordinator: 'coordinator@beego.demo' }, (started) => {
  ({ t, student, coordinator } = started);
});

let keyNumber = 0;
const newKey = () => {
  keyNumber += 1;
  return `test-key-${keyNumber.toString().padStart(4, '0')}`;
};

const visitBody = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  minutes: 60,
  topics: ['installed_laptop', 'wifi'],
  notes: 'Laptop geïnstalleerd.',
  needsFollowUp: false,
  visitedOn: '2025-03-12',
  ...extra,
});

const redeem = (
  body: unknown,
  { cookie = student, key = newKey() }: { cookie?: string; key?: string } = {},
) => t.request('/api/visits/redeem', { method: 'POST', body, cookie, headers: { 'idempotency-key': key } });

describe('POST /api/visits/redeem', () => {
  it('redeems a cheque planned with the student, typed in any case and grouping, and logs the visit', async () => {
    const typed = formatChequeCode(DEMO_CHEQUE_CODES.plannedToday as ChequeCode)
      .toLowerCase()
      .replace('-', ' ');
    const res = await redeem(visitBody(typed));
    expect(res.status).toBe(201);
    const { visit } = await res.json();
    expect(visit).toMatchObject({
      status: 'redeemed',
      purpose: 'installation',
      visit: {
        minutes: 60,
        topics: ['installed_laptop', 'wifi'],
        visitedOn: '2025-03-12',
        needsFollowUp: false,
      },
    });
    const [row] = await t.db
      .select()
      .from(chequesTable)
      .where(eq(chequesTable.code, DEMO_CHEQUE_CODES.plannedToday));
    expect(row!.status).toBe('redeemed');
    const visits = await t.db.select().from(visitsTable).where(eq(visitsTable.chequeId, row!.id));
    expect(visits).toHaveLength(1);
    const audit = await auditRows(t.db, { action: 'cheque.redeem', resource: `cheque:${row!.id}` });
    expect(audit.map((entry) => entry.outcome)).toEqual(['success']);
  });

  it('replays the first answer for the same key and body, and refuses the key with another body', async () => {
    const key = newKey();
    const body = visitBody(DEMO_CHEQUE_CODES.plannedTomorrow, { topics: ['email'] });
    const first = await redeem(body, { key });
    expect(first.status).toBe(201);
    const again = await redeem({ ...body }, { key });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = await redeem({ ...body, minutes: 90 }, { key });
    await expectRefusal(other, { status: 422, code: 'idempotency.key_reused' });
    const [cheque] = await t.db
      .select()
      .from(chequesTable)
      .where(eq(chequesTable.code, DEMO_CHEQUE_CODES.plannedTomorrow));
    expect(await t.db.select().from(visitsTable).where(eq(visitsTable.chequeId, cheque!.id))).toHaveLength(1);
  });

  it('makes one effect of concurrent requests with one key', async () => {
    const [cheque] = await t.db
      .select()
      .from(chequesTable)
      .where(eq(chequesTable.code, DEMO_CHEQUE_CODES.requestedOther));
    const key = newKey();
    const body = visitBody(DEMO_CHEQUE_CODES.requestedOther, { topics: ['email'] });
    const answers = await Promise.all(Array.from({ length: 5 }, () => redeem(body, { key })));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    expect(await t.db.select().from(visitsTable).where(eq(visitsTable.chequeId, cheque!.id))).toHaveLength(1);
    const keys = await t.db.select().from(idempotencyKeysTable).where(eq(idempotencyKeysTable.key, key));
    expect(keys).toHaveLength(1);
  });

  it('refuses a request without an Idempotency-Key', async () => {
    const res = await t.request('/api/visits/redeem', {
      method: 'POST',
      body: visitBody(DEMO_CHEQUE_CODES.requested),
      cookie: student,
    });
    await expectRefusal(res, { status: 400, code: 'idempotency.key_missing' });
  });

  it('tells a mistyped code apart from a malformed one and from an unknown one', async () => {
    const code = DEMO_CHEQUE_CODES.requested;
    const swapped = code.slice(0, 3) + code[4] + code[3] + code.slice(5);
    const mistyped = await redeem(visitBody(swapped));
    await expectRefusal(mistyped, { status: 400, code: 'cheque_code.mistyped' });
    const malformed = await redeem(visitBody('ABC'));
    expect((await malformed.json()).error.code).toBe('cheque_code.malformed');
    const unknown = await redeem(visitBody('2222-2222-222'));
    await expectRefusal(unknown, { status: 404, code: 'cheque.not_found' });
  });

  it('refuses an expired, a cancelled and an already redeemed cheque, each with its own code', async () => {
    const expired = await redeem(visitBody(DEMO_CHEQUE_CODES.expired, { topics: ['email'] }));
    expect([expired.status, (await expired.json()).error.code]).toEqual([409, 'cheque.expired']);
    const cancelled = await redeem(visitBody(DEMO_CHEQUE_CODES.cancelled));
    expect([cancelled.status, (await cancelled.json()).error.code]).toEqual([409, 'cheque.cancelled']);
    const redeemed = await redeem(visitBody(DEMO_CHEQUE_CODES.redeemed));
    expect([redeemed.status, (await redeemed.json()).error.code]).toEqual([409, 'cheque.already_redeemed']);
  });

  it("answers another tenant's cheque exactly like an unknown code, and audits the refusal", async () => {
    const { code } = await insertOtherTenantCheque({ db: t.db });
    const res = await redeem(visitBody(code));
    const error = await expectRefusal(res, { status: 404, code: 'cheque.not_found' });
    expect(error.message).toBe('No cheque of your organisation has this code.');
    const denied = await auditRows(t.db, { action: 'cheque.redeem', outcome: 'denied' });
    expect(denied.length).toBeGreaterThan(0);
  });

  it('refuses a cheque planned with another student', async () => {
    const invited = await t.request('/api/visits/students', {
      method: 'POST',
      cookie: coordinator,
      body: { email: 'tweede.student@beego.demo', displayName: 'Tweede Student' },
    });
    const { link } = await invited.json();
    const other = await loginFirstTime({ t, email: 'tweede.student@beego.demo', link });
    const code = DEMO_CHEQUE_CODES.requested;
    const [cheque] = await t.db.select().from(chequesTable).where(eq(chequesTable.code, code));
    await t.db
      .update(chequesTable)
      .set({
        status: 'scheduled',
        studentUserId: await studentId('student@beego.demo'),
        appointmentAt: t.clock.now(),
      })
      .where(eq(chequesTable.id, cheque!.id));
    const res = await redeem(visitBody(code, { topics: ['email'] }), { cookie: other.cookie });
    expect([res.status, (await res.json()).error.code]).toEqual([403, 'cheque.other_student']);
  });

  it('refuses an incomplete visit with the reasons of the visit rules', async () => {
    const res = await redeem(
      visitBody(DEMO_CHEQUE_CODES.requested, {
        minutes: 5,
        topics: [],
        needsFollowUp: true,
        visitedOn: '2025-03-20',
      }),
    );
    const error = await expectRefusal(res, { status: 400, code: 'visit.invalid' });
    expect(error.details.reasons.map((reason: { code: string }) => reason.code).sort()).toEqual([
      'visit.date_in_future',
      'visit.follow_up_reason_missing',
      'visit.minutes_out_of_range',
      'visit.topics_missing',
    ]);
  });

  it('refuses extra fields, and coordinators, welfare and training users', async () => {
    const extra = await redeem({ ...visitBody(DEMO_CHEQUE_CODES.requested), status: 'issued' });
    expect(extra.status).toBe(400);
    expect((await redeem(visitBody(DEMO_CHEQUE_CODES.requested), { cookie: coordinator })).status).toBe(403);
    const social = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await redeem(visitBody(DEMO_CHEQUE_CODES.requested), { cookie: social.cookie })).status).toBe(
      403,
    );
  });
});

function studentId(email: string) {
  return userIdOf(t.db, email);
}
