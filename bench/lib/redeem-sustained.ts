import { randomBytes, randomUUID } from 'node:crypto';
import { generateId } from '@digipakket/api/operations';
import { CHEQUE_CODE_RANDOM_BYTES, generateChequeCode } from '@digipakket/domain';
import type Postgres from 'postgres';
import { runLoad } from './load';

type Sql = ReturnType<typeof Postgres>;

/**
 * Makes `count` fresh cheques the student may redeem, written straight into the database by the
 * owner connection (issuing thousands through the welfare portal would measure issuing, not
 * redeeming): installation cheques of the clients the student's partner organisation has
 * installation cheques for (same client, programme and partner; whatever those cheques' state, as
 * the `redeem` scenario may have used them up), with a new id, a new valid code and a validity of
 * 60 more days.
 */
export async function makeRedeemableCheques({
  sql,
  studentEmail,
  count,
}: {
  sql: Sql;
  studentEmail: string;
  count: number;
}): Promise<{ codes: string[]; ids: string[] }> {
  const templates = await sql<
    { tenantId: string; clientId: string; programmeId: string; homeHelpOrgId: string; validUntil: string }[]
  >`
    SELECT DISTINCT ON (c.client_id) c.tenant_id AS "tenantId", c.client_id AS "clientId",
      c.programme_id AS "programmeId", c.home_help_org_id AS "homeHelpOrgId",
      (current_date + 60)::text AS "validUntil"
    FROM cheques c
    JOIN users u ON u.organisation_id = c.home_help_org_id AND u.email = ${studentEmail}
    WHERE c.purpose = 'installation'
    ORDER BY c.client_id, c.id`;
  if (templates.length === 0)
    throw new Error(`the organisation of ${studentEmail} has no installation cheque to copy`);
  const codes: string[] = [];
  const ids: string[] = [];
  const rows = Array.from({ length: count }, (_, n) => {
    const template = templates[n % templates.length]!;
    const { code } = generateChequeCode({ randomBytes: randomBytes(CHEQUE_CODE_RANDOM_BYTES) });
    const id = generateId({ kind: 'cheque' });
    codes.push(code);
    ids.push(id);
    return {
      id,
      tenant_id: template.tenantId,
      client_id: template.clientId,
      programme_id: template.programmeId,
      code,
      purpose: 'installation',
      status: 'issued',
      valid_until: template.validUntil,
      home_help_org_id: template.homeHelpOrgId,
    };
  });
  for (let start = 0; start < rows.length; start += 2000) {
    await sql`INSERT INTO cheques ${sql(rows.slice(start, start + 2000))}`;
  }
  return { codes, ids };
}

/** The body of `POST /api/visits/redeem` the benchmarks send: an hour's visit on a cheque. */
export function redeemBody({ code, visitedOn }: { code: string; visitedOn: string }): string {
  return JSON.stringify({
    code,
    minutes: 60,
    topics: ['installed_laptop', 'wifi'],
    needsFollowUp: false,
    visitedOn,
  });
}

/**
 * Sustained redemptions with their audit: `connections` clients redeem for `durationSeconds`, each
 * request a different cheque (a fresh code and idempotency key each), through
 * `POST /api/visits/redeem` as the student. Afterwards the database is counted: a success (2xx)
 * without a visit row or without an audit row is lost; a cheque with more than one visit or more
 * than one successful audit row is doubled.
 */
export async function measureSustainedRedemptions({
  baseUrl,
  cookie,
  sql,
  studentEmail,
  connections,
  durationSeconds,
  visitedOn,
}: {
  baseUrl: string;
  cookie: string;
  sql: Sql;
  studentEmail: string;
  connections: number;
  durationSeconds: number;
  /** The visit date sent, today in the API's time zone. */
  visitedOn: string;
}) {
  // More codes than two cores could ever redeem in the time, so none is sent twice.
  const { codes } = await makeRedeemableCheques({ sql, studentEmail, count: 1000 * durationSeconds });
  let next = 0;
  const headers = { origin: baseUrl, 'content-type': 'application/json' };
  await sql`SELECT pg_stat_statements_reset()`.catch(() => undefined);
  // What the API's database sessions are doing while the load runs: working (no wait event), or
  // waiting for a lock, for the client, for I/O. Tells a database-bound rate from an API-bound one.
  const waits = new Map<string, number>();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const rows = await sql<{ wait: string; sessions: number }[]>`
        SELECT coalesce(wait_event_type || ':' || wait_event, 'working') AS wait, count(*)::int AS sessions
        FROM pg_stat_activity
        WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        GROUP BY 1`;
      for (const row of rows) waits.set(row.wait, (waits.get(row.wait) ?? 0) + row.sessions);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const load = await runLoad({
    baseUrl,
    connections,
    durationSeconds,
    headers: { cookie },
    requests: [
      {
        method: 'POST',
        path: '/api/visits/redeem',
        headers,
        setupRequest: (request) => {
          const code = codes[next % codes.length]!;
          next += 1;
          return {
            ...request,
            headers: { ...headers, 'idempotency-key': randomUUID() },
            body: redeemBody({ code, visitedOn }),
          };
        },
      },
    ],
  });
  sampling = false;
  await sampler;
  const sent = Math.min(next, codes.length);
  const [statements] = await sql<{ calls: number; ms: number }[]>`
    SELECT coalesce(sum(calls), 0)::int AS calls, coalesce(sum(total_exec_time), 0)::float8 AS ms
    FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat%'`.catch(() => [{ calls: 0, ms: 0 }]);
  const sampled = [...waits.values()].reduce((sum, n) => sum + n, 0);
  const sessionStates = [...waits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([wait, n]) => `${wait} ${Math.round((n / Math.max(sampled, 1)) * 100)} %`)
    .join(', ');
  // autocannon stops counting at the deadline while the last requests may still commit: count
  // once the database has stopped changing, visits and audit rows in one snapshot.
  const count = async () => {
    const [row] = await sql<{ visits: number; cheques: number; auditRows: number; audited: number }[]>`
      WITH batch AS (SELECT id FROM cheques WHERE code = ANY(${codes}))
      SELECT
        (SELECT count(*) FROM visits v JOIN batch b ON b.id = v.cheque_id)::int AS visits,
        (SELECT count(DISTINCT v.cheque_id) FROM visits v JOIN batch b ON b.id = v.cheque_id)::int AS cheques,
        (SELECT count(*) FROM audit_log a JOIN batch b ON a.resource = 'cheque:' || b.id
          WHERE a.action = 'cheque.redeem' AND a.outcome = 'success')::int AS "auditRows",
        (SELECT count(DISTINCT a.resource) FROM audit_log a JOIN batch b ON a.resource = 'cheque:' || b.id
          WHERE a.action = 'cheque.redeem' AND a.outcome = 'success')::int AS audited`;
    return row ?? { visits: 0, cheques: 0, auditRows: 0, audited: 0 };
  };
  let counted = await count();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const again = await count();
    const settled = JSON.stringify(again) === JSON.stringify(counted);
    counted = again;
    if (settled) break;
  }
  const successes = load.successes;
  const lostVisits = Math.max(0, successes - counted.cheques);
  const lostAudits = Math.max(0, successes - counted.audited);
  return {
    redemptionsPerSecond: load.successRps,
    successes,
    errors: load.errors,
    sent,
    p50: load.p50,
    p95: load.p95,
    visits: counted.visits,
    auditRows: counted.auditRows,
    lost: lostVisits + lostAudits,
    lostVisits,
    lostAudits,
    doubled: counted.visits - counted.cheques + (counted.auditRows - counted.audited),
    /** Statements and PostgreSQL time per request sent, from pg_stat_statements. */
    statementsPerRequest: (statements?.calls ?? 0) / Math.max(load.requests, 1),
    databaseMsPerRequest: (statements?.ms ?? 0) / Math.max(load.requests, 1),
    /** The share of sampled active database sessions in each state, most frequent first. */
    sessionStates,
    /** Cheques redeemed after autocannon stopped counting answers: in flight at the deadline. */
    inFlight: Math.max(0, counted.cheques - successes),
  };
}
