import { type ChequeCode, formatChequeCode } from '@digipakket/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { usersTable } from '../../records/users/users.tables';
import { DEMO_CHEQUE_CODES } from '../../roof/demo/demo.seed';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';

let t: TestApp;
let student: string;
let coordinator: string;
signedInAppForFile({ student: 'student@beego.demo', coordinator: 'coordinator@beego.demo' }, (started) => {
  ({ t, student, coordinator } = started);
});

function check(code: string, cookie = student) {
  return t.request('/api/visits/check', { method: 'POST', cookie, body: { code } });
}

async function answer(code: string) {
  const res = await check(code);
  const body = await res.json();
  return [res.status, res.ok ? body : body.error.code];
}

/** The demo cheque with this code, as stored. */
async function chequeWithCode(code: string) {
  const [row] = await t.db.select().from(chequesTable).where(eq(chequesTable.code, code));
  return row!;
}

describe('POST /api/visits/check', () => {
  it('says a planned or waiting cheque can be redeemed now, and changes nothing', async () => {
    const planned = await check(formatChequeCode(DEMO_CHEQUE_CODES.plannedToday as ChequeCode));
    expect(planned.status).toBe(200);
    expect(await planned.json()).toEqual({
      redeemable: true,
      purpose: 'installation',
      validUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      plannedWithYou: true,
    });
    const waiting = await check(DEMO_CHEQUE_CODES.requested.toLowerCase());
    expect(await waiting.json()).toMatchObject({ redeemable: true, purpose: 'free', plannedWithYou: false });
    const row = await chequeWithCode(DEMO_CHEQUE_CODES.requested);
    expect(row.status).toBe('requested');
  });

  it('answers an expired, cancelled, used, unknown or mistyped code as redeeming it would, before any visit is written', async () => {
    expect(await answer(DEMO_CHEQUE_CODES.expired)).toEqual([409, 'cheque.expired']);
    expect(await answer(DEMO_CHEQUE_CODES.cancelled)).toEqual([409, 'cheque.cancelled']);
    expect(await answer(DEMO_CHEQUE_CODES.redeemed)).toEqual([409, 'cheque.already_redeemed']);
    expect(await answer('2222-2222-222')).toEqual([404, 'cheque.not_found']);
    const code = DEMO_CHEQUE_CODES.requested;
    expect(await answer(code.slice(0, 3) + code[4] + code[3] + code.slice(5))).toEqual([
      400,
      'cheque_code.mistyped',
    ]);
    expect(await answer('ABC')).toEqual([400, 'cheque_code.malformed']);
  });

  it('refuses the free cheque while the installation cheque of the client is not used', async () => {
    const installation = await chequeWithCode(DEMO_CHEQUE_CODES.plannedToday);
    const [free] = await t.db
      .select()
      .from(chequesTable)
      .where(and(eq(chequesTable.clientId, installation.clientId), eq(chequesTable.purpose, 'free')));
    expect(await answer(free!.code)).toEqual([409, 'cheque.installation_first']);
  });

  it('refuses a cheque planned with another student, is for students only, and audits each check', async () => {
    const row = await chequeWithCode(DEMO_CHEQUE_CODES.requestedOther);
    // Someone else of the organisation holds the appointment.
    const [other] = await t.db
      .select()
      .from(usersTable)
      .where(eq(usersTable.email, 'coordinator@beego.demo'));
    await t.db
      .update(chequesTable)
      .set({ status: 'scheduled', studentUserId: other!.id, appointmentAt: new Date('2025-03-13T09:00:00Z') })
      .where(eq(chequesTable.id, row.id));
    expect(await answer(DEMO_CHEQUE_CODES.requestedOther)).toEqual([403, 'cheque.other_student']);
    expect((await check(DEMO_CHEQUE_CODES.requested, coordinator)).status).toBe(403);
    const audits = await auditRows(t.db, { action: 'cheque.check', resource: `cheque:${row.id}` });
    expect(audits).toMatchObject([{ outcome: 'denied', clientId: row.clientId }]);
  });
});
