import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { equipClient, numberedClient, registerApprovedClient } from '../../roof/testing/approved-client';
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
async function equipNewClient(n: number) {
  const clientId = await registerApprovedClient({
    t,
    cookie: socialWorker,
    client: numberedClient({ prefix: 'FV', n, firstName: 'Jonas', lastName: 'Wacht' }),
    intake: { overrideReason: 'Proef van het eerste bezoek' },
  });
  await equipClient({ t, cookie: socialWorker, clientId, serial: `FV-DEV-${n}`, model: 'Wachtlaptop' });
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

    await equipNewClient(1);
    await equipNewClient(2);
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
