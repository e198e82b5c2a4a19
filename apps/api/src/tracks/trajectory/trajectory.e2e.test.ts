import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { approvedClientSupply, equipClient, SCREEN_SIGNATURE } from '../../roof/testing/approved-client';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { ANONYMISED } from '../privacy/privacy.anonymise.repository';
import { runRetentionSweep } from '../privacy/privacy.retention';
import { trajectoryEventsTable } from './trajectory.tables';

let t: TestApp;
let cookie: string;
const clients = approvedClientSupply({ prefix: 'TRJ', lastName: 'Traject' });
/** Registers a client and approves them into the last wave. */
const approvedClient = () => clients.next({ t, cookie });

/** An approved client who was handed a laptop of their own. */
async function equippedClient() {
  const clientId = await approvedClient();
  await equipClient({
    t,
    cookie,
    clientId,
    serial: `TRJ-LAPTOP-${clients.count}`,
    model: 'Lenovo ThinkPad E14',
    handOut: { signatureMethod: 'screen', signaturePng: SCREEN_SIGNATURE },
  });
  return clientId;
}

const post = (clientId: string, action: string, body: unknown, as = cookie) =>
  t.request(`/api/clients/${clientId}/trajectory/${action}`, { method: 'POST', body, cookie: as });
const overview = async (clientId: string) =>
  (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
const audited = (clientId: string, action: string) => auditRows(t.db, { clientId, action });

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('completing a trajectory', () => {
  it('takes a registered client through approval and handout to completed, with the summary on the timeline', async () => {
    const clientId = await equippedClient();
    expect((await overview(clientId)).status).toBe('equipped');

    const refused = await post(clientId, 'complete', {});
    const error = await expectRefusal(refused, { status: 409, code: 'trajectory.tracks_open' });
    expect(error.details.tracks).toContain('digipunt_info');

    t.clock.advance({ minutes: 5 });
    const res = await post(clientId, 'complete', { summary: 'Werkt zelfstandig met de laptop' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      status: 'completed',
      event: { kind: 'completed', reason: null, note: 'Werkt zelfstandig met de laptop' },
    });

    const after = await overview(clientId);
    expect(after.status).toBe('completed');
    expect(after.pendingTracks).toEqual([]);
    expect(after.timeline).toContainEqual(
      expect.objectContaining({
        kind: 'trajectory.completed',
        detail: 'Werkt zelfstandig met de laptop',
        actorName: expect.any(String),
      }),
    );
    expect(await audited(clientId, 'trajectory.complete')).toHaveLength(1);

    const again = await post(clientId, 'complete', { summary: 'Nog eens' });
    await expectRefusal(again, { status: 409, code: 'trajectory.already_closed' });
  });

  it('is refused before the laptop is handed out', async () => {
    const clientId = await approvedClient();
    const res = await post(clientId, 'complete', { summary: 'Klaar' });
    await expectRefusal(res, { status: 409, code: 'trajectory.not_equipped' });
  });
});

describe('ending a trajectory early', () => {
  it('records a drop-out with its reason and note, on the timeline and in the audit log', async () => {
    const clientId = await approvedClient();
    t.clock.advance({ minutes: 5 });
    const res = await post(clientId, 'end', {
      reason: 'unreachable',
      note: 'Drie keer gebeld, geen antwoord',
    });
    expect(res.status).toBe(201);
    const after = await overview(clientId);
    expect(after.status).toBe('dropped_out');
    expect(after.closureReason).toBe('Drie keer gebeld, geen antwoord');
    expect(after.timeline).toContainEqual(
      expect.objectContaining({ kind: 'trajectory.dropped_out', detail: 'Drie keer gebeld, geen antwoord' }),
    );
    const events = await t.db
      .select()
      .from(trajectoryEventsTable)
      .where(eq(trajectoryEventsTable.clientId, clientId));
    expect(events).toEqual([expect.objectContaining({ kind: 'dropped_out', reason: 'unreachable' })]);
    expect(await audited(clientId, 'trajectory.end')).toHaveLength(1);
  });

  it('closes for a reason outside the programme, and refuses a reason not on the list or an empty note', async () => {
    const clientId = await approvedClient();
    expect((await post(clientId, 'end', { reason: 'bored', note: 'x' })).status).toBe(400);
    expect((await post(clientId, 'end', { reason: 'moved', note: '  ' })).status).toBe(400);
    const res = await post(clientId, 'end', { reason: 'moved', note: 'Verhuisd naar Brugge' });
    expect(res.status).toBe(201);
    expect((await overview(clientId)).status).toBe('closed');
  });
});

describe('reopening a trajectory', () => {
  it('derives the status from the facts again and keeps the whole history on the timeline', async () => {
    const clientId = await equippedClient();
    await post(clientId, 'end', { reason: 'no_longer_needed', note: 'Zoon helpt' });
    t.clock.advance({ minutes: 5 });
    const res = await post(clientId, 'reopen', { reason: 'Zoon is verhuisd, wil toch les' });
    expect(res.status).toBe(201);
    expect((await res.json()).status).toBe('equipped');
    const after = await overview(clientId);
    expect(after.status).toBe('equipped');
    expect(after.closureReason).toBeNull();
    // Newest first; other entries are stamped by the database's own clock, so only these two are compared.
    const kinds = after.timeline
      .map((entry: { kind: string }) => entry.kind)
      .filter((kind: string) => kind.startsWith('trajectory.'));
    expect(kinds).toEqual(['trajectory.reopened', 'trajectory.closed']);
    expect(await audited(clientId, 'trajectory.reopen')).toHaveLength(1);
    expect((await post(clientId, 'reopen', { reason: 'Nog eens' })).status).toBe(409);
  });
});

describe('who may end a trajectory', () => {
  it('is the welfare centre’s caseworkers only, and another tenant’s or a missing client is not found', async () => {
    const clientId = await approvedClient();
    const { cookie: coordinator } = await t.login({ email: 'coordinator@beego.demo' });
    const { cookie: admin } = await t.login({ email: 'admin@ocmw-gent.demo' });
    expect((await post(clientId, 'end', { reason: 'other', note: 'x' }, coordinator)).status).toBe(403);
    expect((await post(clientId, 'end', { reason: 'other', note: 'x' }, admin)).status).toBe(403);
    expect((await post('cli_doesnotexist000000000', 'end', { reason: 'other', note: 'x' })).status).toBe(404);
    const { cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    expect((await post(clientId, 'end', { reason: 'other', note: 'Dubbel dossier' }, lead)).status).toBe(201);
  });
});

describe('retention after the end', () => {
  it('anonymises a completed and an ended trajectory past retention, the note too, and keeps an open one', async () => {
    const completed = await equippedClient();
    expect((await post(completed, 'complete', { summary: 'Afgerond met Jan Peeters' })).status).toBe(201);
    const ended = await approvedClient();
    expect((await post(ended, 'end', { reason: 'deceased', note: 'Overleden op 3 maart' })).status).toBe(201);
    const open = await equippedClient();

    t.clock.advance({ days: 366 * 6 });
    const { anonymised } = await runRetentionSweep({
      db: t.db,
      clock: t.clock,
      documentsDir: '/nonexistent',
    });
    expect(anonymised).toEqual(expect.arrayContaining([completed, ended]));
    expect(anonymised).not.toContain(open);
    const notes = await queryRows<{ note: string }>({
      db: t.db,
      query: sql`SELECT note FROM trajectory_events WHERE client_id IN (${completed}, ${ended})`,
    });
    expect(notes.map((row) => row.note)).toEqual([ANONYMISED, ANONYMISED]);
  });
});
