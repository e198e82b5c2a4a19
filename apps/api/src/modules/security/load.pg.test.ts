import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiBuilt,
  clientsCsv,
  createScratchDatabase,
  freePort,
  killHard,
  type RunningApi,
  signInTo,
  startApi,
} from './security.process';

/**
 * The expected peak: Gent's 3000 clients handled in waves of a few hundred, with about a dozen social
 * workers and a project lead, fifteen home-help students and a handful of teachers and coordinators
 * working at once: 25 users each with one request in flight, no think time (a pessimistic peak).
 */
const PEAK_USERS = 25;
const USERS = 2 * PEAK_USERS;
const DURATION_MS = 20_000;
const CLIENTS = 3000;

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let api: RunningApi | undefined;

beforeAll(async () => {
  if (!apiBuilt) return;
  scratch = await createScratchDatabase({ prefix: 'dp_load' });
});

afterAll(async () => {
  if (api) await killHard(api);
  await scratch?.drop();
});

describe.skipIf(!apiBuilt)('load at twice the peak (needs apps/api/dist/server.js)', () => {
  it(`keeps errors under 1% for ${USERS} concurrent users of the three portals over 20 seconds`, async () => {
    api = startApi({ port: await freePort(), env: { DATABASE_URL: scratch.url } });
    await api.ready;
    const worker = await signInTo({ baseUrl: api.baseUrl, email: 'sociaal@ocmw-gent.demo' });
    const student = await signInTo({ baseUrl: api.baseUrl, email: 'student@beego.demo' });
    const teacher = await signInTo({ baseUrl: api.baseUrl, email: 'lesgever@ligo.demo' });

    for (let part = 0; part < CLIENTS / 500; part += 1) {
      const res = await worker.call('POST', '/api/clients/import', {
        body: { csv: clientsCsv({ prefix: 'LOAD', from: part * 500 + 1, count: 500 }), dryRun: false },
        headers: { 'idempotency-key': `load-import-${part}` },
      });
      expect(res.status).toBe(200);
    }
    const clientIds = (
      (await (await worker.call('GET', '/api/clients?limit=100')).json()) as { items: { id: string }[] }
    ).items.map((client) => client.id);
    const sessions = (
      (await (await teacher.call('GET', '/api/training/sessions/mine')).json()) as {
        items: { id: string }[];
      }
    ).items;

    // One redemption made before the load; during the load students send it again with its key,
    // which the API answers from the idempotency store (the redeem route, without spending cheques).
    const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
    const [cheque] = await sql<{ code: string }[]>`
      SELECT ch.code FROM cheques ch JOIN users u ON u.id = ch.student_user_id
      WHERE u.email = 'student@beego.demo' AND ch.status = 'scheduled' AND ch.purpose = 'installation'
      ORDER BY ch.appointment_at LIMIT 1`;
    await sql.end();
    const redeem = {
      body: {
        code: cheque!.code,
        minutes: 60,
        topics: ['installed_laptop', 'wifi'],
        needsFollowUp: false,
        visitedOn: new Date().toISOString().slice(0, 10),
      },
      headers: { 'idempotency-key': 'load-redeem-1' },
    };
    const first = await student.call('POST', '/api/visits/redeem', redeem);
    expect(first.status, await first.clone().text()).toBe(201);

    const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    const operations: [weight: number, name: string, run: () => Promise<Response>][] = [
      [
        30,
        'search',
        () => worker.call('GET', `/api/clients?q=Achternaam0${Math.floor(Math.random() * 300)}&limit=25`),
      ],
      [25, 'client page', () => worker.call('GET', `/api/clients/${pick(clientIds)}/overview`)],
      [15, 'visit list', () => student.call('GET', '/api/visits/mine')],
      [10, 'redeem', () => student.call('POST', '/api/visits/redeem', redeem)],
      [
        10,
        'attendance',
        () =>
          sessions.length > 0
            ? teacher.call('GET', `/api/training/sessions/${pick(sessions).id}/attendance`)
            : teacher.call('GET', '/api/training/sessions/mine'),
      ],
      [
        10,
        'client edit',
        () =>
          worker.call('PATCH', `/api/clients/${pick(clientIds)}`, {
            body: { needsInterpreter: Math.random() < 0.5 },
          }),
      ],
    ];
    const totalWeight = operations.reduce((sum, [weight]) => sum + weight, 0);
    const choose = () => {
      let roll = Math.random() * totalWeight;
      for (const operation of operations) {
        roll -= operation[0];
        if (roll < 0) return operation;
      }
      return operations[0]!;
    };

    const counts = new Map<string, { ok: number; failed: number }>();
    const failures = new Map<string, number>();
    const until = Date.now() + DURATION_MS;
    const user = async () => {
      while (Date.now() < until) {
        const [, name, run] = choose();
        const count = counts.get(name) ?? { ok: 0, failed: 0 };
        counts.set(name, count);
        try {
          const res = await run();
          await res.arrayBuffer();
          if (res.ok) count.ok += 1;
          else {
            count.failed += 1;
            failures.set(`${name} ${res.status}`, (failures.get(`${name} ${res.status}`) ?? 0) + 1);
          }
        } catch (error) {
          count.failed += 1;
          const key = `${name} ${error instanceof Error ? error.name : 'error'}`;
          failures.set(key, (failures.get(key) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: USERS }, () => user()));

    const all = [...counts.values()];
    const total = all.reduce((sum, count) => sum + count.ok + count.failed, 0);
    const failed = all.reduce((sum, count) => sum + count.failed, 0);
    console.info(`load at 2x peak (${USERS} users, ${DURATION_MS / 1000} s):`, {
      total,
      perSecond: Math.round(total / (DURATION_MS / 1000)),
      failed,
      byOperation: Object.fromEntries(counts),
      failures: Object.fromEntries(failures),
    });
    expect(total).toBeGreaterThan(200);
    expect(failed / total).toBeLessThan(0.01);
  }, 60_000);
});
