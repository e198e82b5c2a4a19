import { PACKAGE_CHEQUES, QUESTION_IDS } from '@digipakket/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { approvedIntake, numberedClient, registerClient } from '../../roof/testing/approved-client';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { intakesTable } from './intake.tables';

let t: TestApp;
let cookie: string;
let waveId: string;
let sequence = 0;

const allAnswers = (answer: 'yes' | 'no' | 'with_help') =>
  Object.fromEntries(QUESTION_IDS.map((id) => [id, answer]));

async function newClient() {
  sequence += 1;
  return registerClient({
    t,
    cookie,
    client: {
      ...numberedClient({ prefix: 'INT', n: sequence, lastName: 'Intake' }),
      street: `Proefstraat ${sequence}`,
      postcode: '9000',
    },
  });
}

const save = (clientId: string, body: Record<string, unknown>) =>
  t.request(`/api/clients/${clientId}/intake`, { method: 'PUT', body, cookie });

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  const clientId = await newClient();
  const context = await (await t.request(`/api/clients/${clientId}/intake`, { cookie })).json();
  waveId = context.waves.find((wave: { name: string }) => wave.name === 'Golf 2').id;
});

describe('GET /api/clients/:id/intake', () => {
  it('gives no intake yet, the programme and its waves with the laptops already promised', async () => {
    const clientId = await newClient();
    const res = await t.request(`/api/clients/${clientId}/intake`, { cookie });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.intake).toBeNull();
    expect(body.programme.name).toMatch(/^Digipakket/);
    expect(body.waves.map((wave: { name: string }) => wave.name)).toEqual(['Golf 1', 'Golf 2']);
    expect(body.waves[0].laptopsCommitted).toBeGreaterThan(0);
  });
});

describe('POST /api/clients/:id/intake/evaluate', () => {
  it('gives the level, every failed rule and the recommended package without saving', async () => {
    const clientId = await newClient();
    const res = await t.request(`/api/clients/${clientId}/intake/evaluate`, {
      method: 'POST',
      body: {
        purposes: [],
        householdHasUsableLaptop: true,
        canAffordLaptop: false,
        answers: allAnswers('no'),
      },
      cookie,
    });
    expect(res.status).toBe(200);
    const { evaluation } = await res.json();
    expect(evaluation).toMatchObject({ level: 'none', eligible: false, missingAnswers: [] });
    expect(evaluation.reasons.map((reason: { code: string }) => reason.code)).toEqual([
      'purpose.missing',
      'household.has_usable_laptop',
    ]);
    expect(evaluation.recommendedPackage).toEqual({
      cheques: 2,
      basicCourse: true,
      digibuddy: false,
      infoSession: true,
    });
    expect(await t.db.select().from(intakesTable).where(eq(intakesTable.clientId, clientId))).toHaveLength(0);
  });
});

describe('PUT /api/clients/:id/intake', () => {
  it('keeps a draft half-way and gives it back', async () => {
    const clientId = await newClient();
    const draft = { decision: 'draft', purposes: ['work'], answers: { switch_on_mouse_keyboard: 'yes' } };
    const res = await save(clientId, draft);
    expect(res.status).toBe(200);
    const again = await (await t.request(`/api/clients/${clientId}/intake`, { cookie })).json();
    expect(again.intake).toMatchObject(draft);
    expect(again.evaluation.missingAnswers).toHaveLength(QUESTION_IDS.length - 1);
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.status).toBe('referred');
    expect(overview.timeline.map((entry: { kind: string }) => entry.kind)).toContain('intake.started');
  });

  it('approves an eligible client into a wave, and the client page says approved', async () => {
    const clientId = await newClient();
    const res = await save(
      clientId,
      approvedIntake({ waveId, purposes: ['school'], answers: allAnswers('with_help') }),
    );
    expect(res.status).toBe(200);
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.status).toBe('approved');
    expect(overview.intake).toMatchObject({
      decision: 'approved',
      eligible: true,
      waveName: 'Golf 2',
      skillLevel: 'none',
      overrideReason: null,
    });
  });

  it('refuses to approve an ineligible client without an override reason, with every failed rule', async () => {
    const clientId = await newClient();
    const res = await save(clientId, approvedIntake({ waveId, canAffordLaptop: true }));
    const error = await expectRefusal(res, { status: 409, code: 'intake.not_eligible' });
    expect(error.details.reasons).toEqual(['means.sufficient']);
    expect(await t.db.select().from(intakesTable).where(eq(intakesTable.clientId, clientId))).toHaveLength(0);
  });

  it('refuses an override reason that is too short', async () => {
    const clientId = await newClient();
    const res = await save(
      clientId,
      approvedIntake({ waveId, canAffordLaptop: true, overrideReason: 'Te kort' }),
    );
    await expectRefusal(res, { status: 400, code: 'intake.override_reason_too_short' });
  });

  it('approves with a written override, audits it and shows it on the client page', async () => {
    const clientId = await newClient();
    const reason = 'Inkomen is in beslag genomen door de schuldbemiddelaar tot 2026.';
    const res = await save(
      clientId,
      approvedIntake({ waveId, canAffordLaptop: true, overrideReason: reason }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).evaluation).toMatchObject({ eligible: true, overridden: true });
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.intake).toMatchObject({ overrideReason: reason, reasons: ['means.sufficient'] });
    expect(
      overview.timeline.find((entry: { kind: string }) => entry.kind === 'intake.approved'),
    ).toMatchObject({ detail: reason });
    const audit = await auditRows(t.db, { clientId, action: 'intake.approved' });
    expect(audit[0]).toMatchObject({ purpose: 'eligibility_override' });
  });

  it('needs every answer and a wave before an approval', async () => {
    const clientId = await newClient();
    const incomplete = await save(clientId, {
      decision: 'approved',
      purposes: ['work'],
      answers: { video_call: 'yes' },
      waveId,
    });
    await expectRefusal(incomplete, { status: 400, code: 'intake.answers_incomplete' });
    const noWave = await save(clientId, {
      decision: 'approved',
      purposes: ['work'],
      answers: allAnswers('no'),
    });
    await expectRefusal(noWave, { status: 400, code: 'intake.wave_required' });
  });

  it('keeps a changed package only with a reason', async () => {
    const clientId = await newClient();
    const body = {
      decision: 'approved',
      purposes: ['social_contact'],
      answers: allAnswers('no'),
      waveId,
      package: { cheques: 4, basicCourse: false, digibuddy: false, infoSession: true },
    };
    const refused = await save(clientId, body);
    await expectRefusal(refused, { status: 400, code: 'intake.package_change_reason_missing' });
    const ok = await save(clientId, {
      ...body,
      packageChangeReason: 'Groepslessen zijn een te hoge drempel.',
    });
    expect(ok.status).toBe(200);
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.intake.package).toEqual(body.package);
    expect(overview.intake.packageChangeReason).toBe('Groepslessen zijn een te hoge drempel.');
  });

  it('does not turn a decided intake back into a draft, and refuses an unknown wave', async () => {
    const clientId = await newClient();
    await save(clientId, { decision: 'rejected', purposes: [], answers: allAnswers('yes') });
    const draft = await save(clientId, { decision: 'draft', purposes: [] });
    await expectRefusal(draft, { status: 409, code: 'intake.already_decided' });
    const wave = await save(clientId, {
      decision: 'approved',
      purposes: ['work'],
      answers: allAnswers('no'),
      waveId: 'wav_00000000000000000000',
    });
    expect(wave.status).toBe(404);
  });

  it('refuses a package with a negative, fractional or larger number of cheques than a programme allows, on evaluate and on save', async () => {
    const clientId = await newClient();
    for (const cheques of [-1, 1.5, PACKAGE_CHEQUES.max + 1, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      const body = {
        purposes: ['work'],
        answers: allAnswers('no'),
        package: { cheques, basicCourse: false, digibuddy: false, infoSession: true },
        packageChangeReason: 'Meer huisbezoeken.',
      };
      const evaluated = await t.request(`/api/clients/${clientId}/intake/evaluate`, {
        method: 'POST',
        body,
        cookie,
      });
      expect(evaluated.status).toBe(400);
      expect((await evaluated.json()).error.details.fields[0].path).toBe('package.cheques');
      const draft = await save(clientId, { ...body, decision: 'draft' });
      await expectRefusal(draft, { status: 400, code: 'validation.failed' });
    }
    const most = await save(clientId, {
      decision: 'draft',
      purposes: ['work'],
      package: { cheques: PACKAGE_CHEQUES.max, basicCourse: false, digibuddy: false, infoSession: true },
      packageChangeReason: 'Meer huisbezoeken.',
    });
    expect(most.status).toBe(200);
  });

  it('refuses unknown questions and answers', async () => {
    const clientId = await newClient();
    const res = await save(clientId, { decision: 'draft', answers: { favourite_colour: 'yes' } });
    expect(res.status).toBe(400);
    const bad = await save(clientId, { decision: 'draft', answers: { video_call: 'maybe' } });
    expect(bad.status).toBe(400);
  });
});
