import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiBuilt,
  createScratchDatabase,
  freePort,
  killHard,
  type RunningApi,
  startApi,
} from '../../roof/security/security.process';
import { type FakeSms, startFakeSmsGateway } from '../../roof/testing/messaging-fakes';

// Two real API processes as the application role on one PostgreSQL database send the same outbox;
// the first one to hand a message over is killed before it can record the answer.

const SECRET = 'exactly-once-report-secret';
const DUE = 40;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let sql: postgres.Sql;
let gateway: Awaited<ReturnType<typeof startFakeSmsGateway>>;
const running = new Map<string, RunningApi>();
let killed: { sender: string; messageId: string } | undefined;

async function start(sender: string) {
  const api = startApi({
    port: await freePort(),
    env: {
      DATABASE_URL: scratch.url,
      SMS_API_URL: gateway.url,
      SMS_API_KEY: 'key',
      SMS_SENDER: sender,
      SMS_REPORT_SECRET: SECRET,
      MESSAGES_SEND_INTERVAL_SECONDS: '1',
      MESSAGES_STALE_SECONDS: '5',
      MESSAGES_QUIET_HOURS: 'off',
      MESSAGES_RATE_PER_MINUTE: '1000',
    },
  });
  running.set(sender, api);
  await api.ready;
  return api;
}

beforeAll(async () => {
  if (!apiBuilt) return;
  scratch = await createScratchDatabase({ prefix: 'dp_messages' });
  sql = postgres(scratch.url, { max: 2, onnotice: () => {} });
  gateway = await startFakeSmsGateway({
    reportSecret: SECRET,
    beforeAnswer: async (sms: FakeSms) => {
      if (killed) return;
      killed = { sender: sms.sender, messageId: sms.messageId };
      await killHard(running.get(sms.sender)!);
    },
  });
});

afterAll(async () => {
  for (const api of running.values()) await killHard(api);
  await gateway?.close();
  await sql?.end();
  await scratch?.drop();
});

describe.skipIf(!apiBuilt)('sending the outbox from two API processes', () => {
  it('sends every due message once and only once, also the one whose sender died before recording it', async () => {
    // Started at the same moment: they migrate and load the demo once between them (processes.pg.test.ts).
    await Promise.all([start('first'), start('second')]);
    // Due messages for the demo clients, as the planning use cases queue them.
    await sql`
      INSERT INTO messages (id, tenant_id, client_id, org_id, kind, subject, appointment_at, days_before,
        channel, dedupe_key, language, body, recipient, status, send_after)
      SELECT 'msg_' || lpad(n::text, 20, '0'), c.tenant_id, c.id,
        (SELECT id FROM organisations WHERE kind = 'home_help' ORDER BY id LIMIT 1),
        'visit_reminder', 'cheque:chq_exactly_once_' || n, now() + interval '1 day', 1, 'sms',
        'exactly-once-' || n, 'nl', 'Beego: we komen bij u thuis op 18/03 om 17:00.', '+3247000' || lpad(n::text, 4, '0'),
        'queued', now() - interval '1 minute'
      FROM generate_series(1, ${DUE}) AS n
      CROSS JOIN LATERAL (SELECT id, tenant_id FROM clients ORDER BY id OFFSET (n % 10) LIMIT 1) AS c`;

    const deadline = Date.now() + 60_000;
    let open = DUE;
    while (open > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const [row] = await sql<{ open: number }[]>`
        SELECT count(*)::int AS open FROM messages WHERE status NOT IN ('sent', 'delivered')`;
      open = row!.open;
    }
    expect(killed).toBeDefined();
    expect(open).toBe(0);

    const ids = gateway.sent.map((sms) => sms.messageId);
    expect(new Set(ids).size).toBe(DUE);
    expect(ids).toHaveLength(DUE);
    // Only the message handed over by the killed process was offered twice, both times with its id.
    const offered = new Map<string, number>();
    for (const request of gateway.requests)
      offered.set(request.messageId, (offered.get(request.messageId) ?? 0) + 1);
    expect([...offered.entries()].filter(([, times]) => times > 1)).toEqual([[killed!.messageId, 2]]);
    const [retaken] = await sql<
      { attempts: number }[]
    >`SELECT attempts FROM messages WHERE id = ${killed!.messageId}`;
    expect(retaken!.attempts).toBe(2);
  }, 120_000);
});
