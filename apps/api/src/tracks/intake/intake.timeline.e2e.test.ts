import { QUESTION_IDS } from '@digipakket/domain';
import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { approvedIntake } from '../../roof/testing/approved-client';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe("an intake in the client's timeline", () => {
  it('shows once however often the form saved a draft, and once more when decided', async () => {
    const { client } = await (
      await t.request('/api/clients', {
        method: 'POST',
        body: { fileNumber: 'TL-1', firstName: 'Youssef', lastName: 'Tijdlijn', preferredLanguage: 'nl' },
        cookie,
      })
    ).json();
    const intakeOf = async () => (await t.request(`/api/clients/${client.id}/intake`, { cookie })).json();
    const { waves } = await intakeOf();
    const answers: Record<string, string> = {};
    // The form saves a draft at every step: purposes, then the questions, then the household.
    for (const [index, id] of QUESTION_IDS.slice(0, 4).entries()) {
      answers[id] = 'no';
      const res = await t.request(`/api/clients/${client.id}/intake`, {
        method: 'PUT',
        body: {
          decision: 'draft',
          purposes: ['work'],
          answers,
          ...(index > 2 ? { canAffordLaptop: false } : {}),
        },
        cookie,
      });
      expect(res.status).toBe(200);
    }
    const kinds = async () =>
      (
        (await (await t.request(`/api/clients/${client.id}/overview`, { cookie })).json()).timeline as {
          kind: string;
        }[]
      )
        .map((entry) => entry.kind)
        .filter((kind) => kind.startsWith('intake.'));
    expect(await kinds()).toEqual(['intake.started']);

    const decided = await t.request(`/api/clients/${client.id}/intake`, {
      method: 'PUT',
      body: approvedIntake({ waveId: waves.at(-1).id, overrideReason: 'Proef van de tijdlijn' }),
      cookie,
    });
    expect(decided.status).toBe(200);
    expect((await kinds()).sort()).toEqual(['intake.approved', 'intake.started']);
  });
});
