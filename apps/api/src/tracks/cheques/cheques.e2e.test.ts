import { PACKAGE_CHEQUES } from '@digipakket/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { equipClient, numberedClient, registerApprovedClient } from '../../roof/testing/approved-client';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { intakesTable } from '../intake/intake.tables';
import { chequesTable } from './cheques.tables';

let t: TestApp;
let cookie: string;
let sequence = 0;

async function clientWithLaptop({ handOut }: { handOut: boolean }) {
  sequence += 1;
  const clientId = await registerApprovedClient({
    t,
    cookie,
    client: numberedClient({ prefix: 'CHQ', n: sequence, lastName: 'Cheque', preferredLanguage: 'tr' }),
  });
  await equipClient({
    t,
    cookie,
    clientId,
    serial: `CHQ-DEV-${sequence}`,
    handOut: handOut ? { signatureMethod: 'paper' } : false,
  });
  return clientId;
}

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('POST /api/clients/:id/cheques', () => {
  it("issues the programme's two cheques with unique check-digited codes once the laptop is handed out", async () => {
    const clientId = await clientWithLaptop({ handOut: true });
    const res = await t.request(`/api/clients/${clientId}/cheques`, { method: 'POST', cookie });
    expect(res.status).toBe(201);
    const { items } = await res.json();
    expect(items.map((cheque: { purpose: string }) => cheque.purpose)).toEqual(['installation', 'free']);
    for (const cheque of items) {
      expect(cheque.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3}$/);
      expect(cheque).toMatchObject({ status: 'issued', validUntil: '2026-03-12' });
    }
    expect(new Set(items.map((cheque: { code: string }) => cheque.code)).size).toBe(2);
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.cheques).toHaveLength(2);
    expect(
      overview.timeline.filter((entry: { kind: string }) => entry.kind === 'cheque.issued'),
    ).toHaveLength(2);
  });

  it('issues only once', async () => {
    const clientId = await clientWithLaptop({ handOut: true });
    await t.request(`/api/clients/${clientId}/cheques`, { method: 'POST', cookie });
    const again = await t.request(`/api/clients/${clientId}/cheques`, { method: 'POST', cookie });
    await expectRefusal(again, { status: 409, code: 'cheque.already_issued' });
    const both = await Promise.all(
      [1, 2].map(() => t.request(`/api/clients/${clientId}/cheques`, { method: 'POST', cookie })),
    );
    expect(both.map((answer) => answer.status)).toEqual([409, 409]);
    expect(await t.db.select().from(chequesTable).where(eq(chequesTable.clientId, clientId))).toHaveLength(2);
  });

  it('refuses a stored package that asks for more cheques than a programme allows, and issues none', async () => {
    const clientId = await clientWithLaptop({ handOut: true });
    const [intake] = await t.db.select().from(intakesTable).where(eq(intakesTable.clientId, clientId));
    const verdict = intake!.verdict as { package: Record<string, unknown> };
    await t.db
      .update(intakesTable)
      .set({ verdict: { ...verdict, package: { ...verdict.package, cheques: 5000 } } })
      .where(eq(intakesTable.id, intake!.id));
    const res = await t.request(`/api/clients/${clientId}/cheques`, { method: 'POST', cookie });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({
      code: 'cheque.package_out_of_range',
      details: { cheques: 5000, max: PACKAGE_CHEQUES.max },
    });
    expect(await t.db.select().from(chequesTable).where(eq(chequesTable.clientId, clientId))).toHaveLength(0);
  });

  it('waits for the handout', async () => {
    const clientId = await clientWithLaptop({ handOut: false });
    const res = await t.request(`/api/clients/${clientId}/cheques`, { method: 'POST', cookie });
    await expectRefusal(res, { status: 409, code: 'cheque.client_not_equipped' });
  });
});

/** The welfare centre cancels a cheque, giving `reason`. */
const cancel = (chequeId: string, reason: string) =>
  t.request(`/api/cheques/${chequeId}/cancel`, { method: 'POST', body: { reason }, cookie });

describe('GET /api/clients/:id/cheques and POST /api/cheques/:id/cancel', () => {
  it('cancels an open cheque with its reason, and not twice', async () => {
    const clientId = await clientWithLaptop({ handOut: true });
    const { items } = await (
      await t.request(`/api/clients/${clientId}/cheques`, { method: 'POST', cookie })
    ).json();
    const res = await cancel(items[1].id, 'Cliënt verhuist');
    expect(res.status).toBe(200);
    expect((await res.json()).cheque).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'Cliënt verhuist',
    });
    const again = await cancel(items[1].id, 'Nog eens');
    await expectRefusal(again, { status: 409, code: 'cheque.cancelled' });
    const list = await (await t.request(`/api/clients/${clientId}/cheques`, { cookie })).json();
    expect(list.items.map((cheque: { status: string }) => cheque.status)).toEqual(['issued', 'cancelled']);
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(
      overview.timeline.find((entry: { kind: string }) => entry.kind === 'cheque.cancelled'),
    ).toMatchObject({ actorName: 'Sara Vermeulen' });
  });

  it('does not cancel a redeemed cheque', async () => {
    const [client] = await t.db
      .select()
      .from(clientsTable)
      .where(eq(clientsTable.fileNumber, 'GNT-2025-0041'));
    const cheques = await (await t.request(`/api/clients/${client!.id}/cheques`, { cookie })).json();
    const res = await cancel(cheques.items[0].id, 'Test');
    await expectRefusal(res, { status: 409, code: 'cheque.already_redeemed' });
  });

  it('needs a reason and answers unknown cheques with 404', async () => {
    expect((await cancel('chq_00000000000000000000', 'x')).status).toBe(404);
    expect((await cancel('chq_00000000000000000000', '')).status).toBe(400);
  });
});
