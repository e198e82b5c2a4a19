import { benchAccounts } from '@digipakket/api/data-generator';
import type { Sql } from './deployment';

export const PASSWORD = 'bench-password-1';

/** Signs in as a bench account and answers the session cookie to send with its requests. */
export async function login({ baseUrl, email }: { baseUrl: string; email: string }) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`login as ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { cookie };
}

function firstIdWithPrefix(value: unknown, prefix: string): string | undefined {
  if (typeof value === 'string') return value.startsWith(prefix) ? value : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstIdWithPrefix(item, prefix);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const found = firstIdWithPrefix(item, prefix);
      if (found) return found;
    }
  }
  return undefined;
}

function allIdsWithPrefix(value: unknown, prefix: string, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.startsWith(prefix)) out.add(value);
  else if (Array.isArray(value)) for (const item of value) allIdsWithPrefix(item, prefix, out);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) allIdsWithPrefix(item, prefix, out);
  return out;
}

/** The API's paths as its OpenAPI document lists them, and a finder by pattern and method. */
async function readPaths({ baseUrl }: { baseUrl: string }) {
  const openapi = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const paths = Object.keys(openapi.paths);
  const has = (pattern: RegExp, method = 'get') =>
    paths.find((path) => pattern.test(path) && method in (openapi.paths[path] ?? {}));
  const dashboard = paths.find(
    (path) => /dashboard/.test(path) && !/\{/.test(path) && 'get' in (openapi.paths[path] ?? {}),
  );
  return {
    overview: has(/^\/api\/clients\/\{id\}\/overview$/),
    attendanceList: has(/^\/api\/training\/sessions\/\{id\}\/attendance$/),
    markAttendance: has(/attendance/, 'put') ?? has(/attendance/, 'post'),
    redeem: has(/redeem/, 'post'),
    dashboard,
  };
}
export type BenchPaths = Awaited<ReturnType<typeof readPaths>>;

/** The first centre's users, logged in, and what they act on: clients, sessions, marks, cheques. */
export async function readSubjects({ baseUrl, sql }: { baseUrl: string; sql: Sql }) {
  const paths = await readPaths({ baseUrl });
  const accounts = benchAccounts({ tenantIndex: 0 });
  const socialWorker = await login({ baseUrl, email: accounts.socialWorkers[0]! });
  const student = await login({ baseUrl, email: accounts.students[0]! });
  const teacher = await login({ baseUrl, email: accounts.teachers[0]! });
  const projectLead = await login({ baseUrl, email: accounts.projectLead });

  const list = await (
    await fetch(`${baseUrl}/api/clients?limit=100`, { headers: { cookie: socialWorker.cookie } })
  ).json();
  const clientIds = [...allIdsWithPrefix(list, 'cli_')].slice(0, 50);
  const sessionsMine = await (
    await fetch(`${baseUrl}/api/training/sessions/mine`, { headers: { cookie: teacher.cookie } })
  )
    .json()
    .catch(() => null);
  const sessionId = firstIdWithPrefix(sessionsMine, 'cse_');

  // Marks may be set from the session day until 7 days after: sessions of the last week.
  const markable = await sql<{ sessionId: string; enrolmentId: string }[]>`
    SELECT s.id AS "sessionId", e.id AS "enrolmentId"
    FROM course_sessions s
    JOIN course_groups g ON g.id = s.group_id
    JOIN users u ON u.id = g.teacher_user_id
    JOIN enrolments e ON e.group_id = g.id AND e.status = 'enrolled'
    WHERE u.email = ${accounts.teachers[0]!} AND s.date BETWEEN current_date - 6 AND current_date AND s.cancelled_at IS NULL
    ORDER BY s.date DESC, e.id LIMIT 40`;
  // Cheques the student may redeem: their partner's installation cheques not planned with anyone.
  const redeemable = await sql<{ code: string }[]>`
    SELECT c.code FROM cheques c
    JOIN users u ON u.organisation_id = c.home_help_org_id AND u.email = ${accounts.students[0]!}
    WHERE c.purpose = 'installation' AND c.status IN ('issued', 'requested') AND c.valid_until >= current_date
    ORDER BY c.id`;
  return {
    paths,
    accounts,
    socialWorker,
    student,
    teacher,
    projectLead,
    clientIds,
    sessionId,
    markable,
    redeemable,
    today: new Date().toISOString().slice(0, 10),
  };
}
export type Subjects = Awaited<ReturnType<typeof readSubjects>>;
