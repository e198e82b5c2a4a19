import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { approvedIntake } from '../../roof/testing/approved-client';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let socialWorker: string;
let lead: string;

type Partners = {
  medianDaysToFirstVisit: number | null;
  clientsVisited: number;
  clientsAwaitingFirstVisit: number;
  medianDaysAwaitingFirstVisit: number | null;
};

async function dashboard(): Promise<{ partners: Partners; funnel: { step: string; clients: number }[] }> {
  const res = await t.request('/api/dashboard', { cookie: lead });
  expect(res.status).toBe(200);
  return res.json();
}

/** Registers a client through the API, approves the intake and hands out a laptop: equipped, no visit yet. */
async function equipClient(suffix: string) {
  const { client } = await (
    await t.request('/api/clients', {
      method: 'POST',
      body: {
        fileNumber: `FV-${suffix}`,
        firstName: 'Jonas',
        lastName: `Wacht${suffix}`,
        preferredLanguage: 'nl',
      },
      cookie: socialWorker,
    })
  ).json();
  const { waves } = await (
    await t.request(`/api/clients/${client.id}/intake`, { cookie: socialWorker })
  ).json();
  const approved = await t.request(`/api/clients/${client.id}/intake`, {
    method: 'PUT',
    body: approvedIntake({ waveId: waves.at(-1).id, overrideReason: 'Proef van het eerste bezoek' }),
    cookie: socialWorker,
  });
  expect(approved.status).toBe(200);
  const batch = await (
    await t.request('/api/devices/batches', {
      method: 'POST',
      body: { model: 'Wachtlaptop', serials: `FV-DEV-${suffix}` },
      cookie: socialWorker,
    })
  ).json();
  for (const body of [
    { type: 'reserve', clientId: client.id },
    { type: 'hand_out', signatureMethod: 'paper' },
  ]) {
    const moved = await t.request(`/api/devices/${batch.devices[0].id}/transitions`, {
      method: 'POST',
      body,
      cookie: socialWorker,
    });
    expect(moved.status).toBe(200);
  }
}

signedInAppForFile(
  { socialWorker: 'sociaal@ocmw-gent.demo', lead: 'projectleider@ocmw-gent.demo' },
  (started) => {
    ({ t, socialWorker, lead } = started);
  },
);

describe('the time from handout to the first home-help visit', () => {
  it('counts the equipped clients still waiting apart from the median, instead of leaving them out', async () => {
    const before = await dashboard();
    const equipped = before.funnel.find((step) => step.step === 'equipped')!.clients;
    expect(before.partners.clientsVisited + before.partners.clientsAwaitingFirstVisit).toBe(equipped);

    await equipClient('1');
    await equipClient('2');
    const after = await dashboard();
    expect(after.partners.clientsAwaitingFirstVisit).toBe(before.partners.clientsAwaitingFirstVisit + 2);
    expect(after.partners.clientsVisited).toBe(before.partners.clientsVisited);
    expect(after.partners.medianDaysToFirstVisit).toBe(before.partners.medianDaysToFirstVisit);
    expect(after.partners.medianDaysAwaitingFirstVisit).toEqual(expect.any(Number));
    expect(after.partners.clientsVisited + after.partners.clientsAwaitingFirstVisit).toBe(
      after.funnel.find((step) => step.step === 'equipped')!.clients,
    );
  });
});
