import { describe, expect, it } from 'vitest';
import { appForFile } from '../../roof/testing/app-for-file';
import { clientAddresses } from '../../roof/testing/client-addresses';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp, TestResponse } from '../../roof/testing/test-app';
import { delaySecondsAfter, LOGIN_THROTTLE } from './auth.throttle';

let t: TestApp;
appForFile(
  (app) => {
    t = app;
  },
  // One trusted proxy: the client is the last X-Forwarded-For entry, the one that proxy appended.
  { env: { TRUST_PROXY: '1' } },
);

// Each test uses its own addresses, so one test's failures do not slow down another's.
const newAddress = clientAddresses('198.51.100').address;

function attempt({ email, password, from }: { email: string; password: string; from: string }) {
  return t.request('/api/auth/login', {
    method: 'POST',
    body: { email, password },
    headers: { 'x-forwarded-for': from },
  });
}

async function retryAfterOf(res: TestResponse): Promise<number> {
  const error = await expectRefusal(res, { status: 429, code: 'auth.rate_limited' });
  const header = Number(res.headers.get('retry-after'));
  expect(error.details.retryAfterSeconds).toBe(header);
  return header;
}

const wait = (seconds: number) => t.clock.advance({ minutes: seconds / 60 });

describe('login throttling per account', () => {
  it('lets five mistakes through, then makes each further attempt on the account wait 1, 2, 4, 8 s', async () => {
    const email = 'lesgever@ligo.demo';
    const from = newAddress();
    for (let i = 0; i < LOGIN_THROTTLE.account.freeFailures; i += 1)
      expect((await attempt({ email, password: `wrong-${i}`, from })).status).toBe(401);

    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const seconds = await retryAfterOf(await attempt({ email, password: 'wrong-again', from }));
      waits.push(seconds);
      wait(seconds);
      expect((await attempt({ email, password: 'wrong-again', from })).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);

    // The right password waits like any other attempt, then gets in and wipes the slate clean.
    const seconds = await retryAfterOf(await attempt({ email, password: t.config.demo.password, from }));
    expect(seconds).toBe(16);
    wait(seconds);
    expect((await attempt({ email, password: t.config.demo.password, from })).status).toBe(200);
    expect((await attempt({ email, password: 'one-typo', from })).status).toBe(401);
  });

  it('holds the account from any address, and only that account', async () => {
    const email = 'coordinator@ligo.demo';
    let failures = 0;
    while (failures < LOGIN_THROTTLE.account.freeFailures + 1) {
      const res = await attempt({ email, password: `wrong-${failures}`, from: newAddress() });
      if (res.status === 429) wait(await retryAfterOf(res));
      else {
        expect(res.status).toBe(401);
        failures += 1;
      }
    }
    await retryAfterOf(await attempt({ email, password: t.config.demo.password, from: newAddress() }));
    const colleague = await attempt({
      email: 'coordinator@beego.demo',
      password: t.config.demo.password,
      from: newAddress(),
    });
    expect(colleague.status).toBe(200);
  });

  it('caps the wait of an account at 15 minutes', () => {
    expect(delaySecondsAfter({ failures: 100, rule: LOGIN_THROTTLE.account })).toBe(15 * 60);
  });

  it('answers an unknown account and a known one alike while they wait', async () => {
    const from = newAddress();
    const answers = [];
    for (const email of ['nobody-here@ocmw-gent.demo', 'admin@ocmw-gent.demo']) {
      for (let i = 0; i < LOGIN_THROTTLE.account.freeFailures; i += 1)
        await attempt({ email, password: 'x', from });
      const res = await attempt({ email, password: 'x', from });
      answers.push({
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        body: (await res.text()).replace(/"requestId":"[^"]+"/, ''),
      });
    }
    expect(answers[0]!.status).toBe(429);
    expect(answers[1]).toEqual(answers[0]);
    wait(60);
  });
});

describe('login throttling per address', () => {
  it('lets a correct password of another account in within seconds after 35 failures from the same address', async () => {
    const from = newAddress();
    const accounts = Array.from({ length: 7 }, (_, i) => `colleague-${i}@ocmw-gent.demo`);
    let failures = 0;
    while (failures < 35) {
      const res = await attempt({ email: accounts[failures % accounts.length]!, password: 'typo', from });
      if (res.status === 429) {
        const seconds = await retryAfterOf(res);
        expect(seconds).toBeLessThanOrEqual(LOGIN_THROTTLE.address.maxDelaySeconds);
        wait(seconds);
      } else {
        expect(res.status).toBe(401);
        failures += 1;
      }
    }

    let waited = 0;
    for (;;) {
      const res = await attempt({ email: 'sociaal@ocmw-gent.demo', password: t.config.demo.password, from });
      if (res.status === 200) break;
      const seconds = await retryAfterOf(res);
      waited += seconds;
      wait(seconds);
    }
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual(LOGIN_THROTTLE.address.maxDelaySeconds);
  });

  it('keeps counting the address the trusted proxy saw, whatever the caller writes before it', async () => {
    const from = newAddress();
    for (let i = 0; i < LOGIN_THROTTLE.address.freeFailures; i += 1) {
      const res = await attempt({
        email: `spoof-${i}@ocmw-gent.demo`,
        password: 'typo',
        from: `203.0.113.${i}, ${from}`,
      });
      expect(res.status).toBe(401);
    }
    const spoofed = await attempt({
      email: 'spoof-last@ocmw-gent.demo',
      password: 'typo',
      from: `192.0.2.77, ${from}`,
    });
    expect(await retryAfterOf(spoofed)).toBeGreaterThan(0);
  });
});
