import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import type { RoleKey } from '../../ground/http/access.policy';
import { appForFile } from '../testing/app-for-file';
import { clientAddresses } from '../testing/client-addresses';
import type { TestApp } from '../testing/test-app';
import {
  type ApiOperation,
  allows,
  demoEmail,
  demoSession,
  fillPath,
  type JsonSchema,
  ROLE_KEYS,
  readOperations,
  resolveSchema,
  sampleFromSchema,
} from './security.fixtures';

const BODY_LIMIT = 64 * 1024;
const RUNS_PER_ROUTE = 30;

let t: TestApp;
let operations: ApiOperation[];
let document: Awaited<ReturnType<typeof readOperations>>['document'];

appForFile(
  async (app) => {
    t = app;
    ({ operations, document } = await readOperations({ t }));
  },
  { env: { BODY_LIMIT_BYTES: String(BODY_LIMIT), TRUST_PROXY: 'true' } },
);

const label = (operation: ApiOperation) => `${operation.method} ${operation.path}`;

function rolesAllowed(operation: ApiOperation): (RoleKey | 'anonymous')[] {
  if (operation.access === undefined) return [];
  if (operation.access === 'public') return ['anonymous'];
  return ROLE_KEYS.filter((role) => allows({ access: operation.access!, role }));
}

const nextAddress = clientAddresses('198.51.100').address;
async function send({
  operation,
  role,
  path,
  body,
  headers = {},
}: {
  operation: ApiOperation;
  role: RoleKey | 'anonymous';
  path?: string;
  body?: string | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
}) {
  const cookie = role === 'anonymous' ? undefined : await demoSession({ t, role });
  return t.app.request(path ?? fillPath({ path: operation.path }), {
    method: operation.method,
    // A new address per request keeps the login rate limit out of the way of these checks.
    headers: {
      ...(cookie ? { cookie, origin: t.config.server.publicUrl } : {}),
      'x-forwarded-for': nextAddress(),
      ...headers,
    },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** What an error body must never show: stack frames, SQL, driver messages, internal paths. */
const LEAKS = [
  /\bat [^\s]+ \(/,
  /\.(ts|js|mjs):\d+/,
  /\b(select|insert|update|delete)\b[^"]{0,80}\b(from|into|set|where)\b/i,
  /syntax error|violates|relation "|column "|duplicate key|postgres|pglite|drizzle/i,
  /node_modules|\/work\/|TypeError|ReferenceError/,
];

function leakIn(text: string): RegExp | undefined {
  return LEAKS.find((pattern) => pattern.test(text));
}

const bodyOperations = () => operations.filter((operation) => operation.hasJsonBody);

describe('bodies that are not what a route expects', () => {
  it('answers 415 request.unsupported_media_type to a body that is not JSON, on every route with a body', async () => {
    const wrong: string[] = [];
    for (const operation of bodyOperations()) {
      const role = rolesAllowed(operation)[0]!;
      const res = await send({ operation, role, body: 'name=x', headers: { 'content-type': 'text/plain' } });
      if (res.status !== 415) wrong.push(`${label(operation)} -> ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 400 request.malformed_json to broken JSON, on every route with a body', async () => {
    const wrong: string[] = [];
    for (const operation of bodyOperations()) {
      const role = rolesAllowed(operation)[0]!;
      const res = await send({
        operation,
        role,
        body: '{"name": "x",',
        headers: { 'content-type': 'application/json' },
      });
      const text = await res.text();
      if (res.status !== 400 || !text.includes('"request.malformed_json"'))
        wrong.push(`${label(operation)} -> ${res.status} ${text.slice(0, 100)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 413 request.too_large to a body over the limit, sent whole or chunked, on every route with a body', async () => {
    const wrong: string[] = [];
    const big = JSON.stringify({ name: 'x'.repeat(BODY_LIMIT + 10) });
    for (const operation of bodyOperations()) {
      const role = rolesAllowed(operation)[0]!;
      const whole = await send({
        operation,
        role,
        body: big,
        headers: { 'content-type': 'application/json' },
      });
      if (whole.status !== 413) wrong.push(`${label(operation)} whole -> ${whole.status}`);
      const chunk = new TextEncoder().encode('x'.repeat(8192));
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < BODY_LIMIT / 8192 + 2; i += 1) controller.enqueue(chunk);
          controller.close();
        },
      });
      const chunked = await send({
        operation,
        role,
        body: stream,
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      if (chunked.status !== 413) wrong.push(`${label(operation)} chunked -> ${chunked.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('declares every request body as a strict object, so unknown fields are refused', () => {
    const loose: string[] = [];
    const walk = (schema: JsonSchema | undefined, route: string, where: string, depth = 0) => {
      const resolved = resolveSchema({ schema, document });
      if (!resolved || depth > 8) return;
      const closed = resolved.additionalProperties === false || resolved.propertyNames !== undefined;
      if (resolved.type === 'object' && resolved.properties && !closed) loose.push(`${where} (in ${route})`);
      for (const [name, property] of Object.entries(resolved.properties ?? {}))
        walk(property as JsonSchema, route, `${where}.${name}`, depth + 1);
      for (const variant of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])])
        walk(variant, route, where, depth + 1);
      if (resolved.items) walk(resolved.items, route, `${where}[]`, depth + 1);
    };
    for (const operation of bodyOperations()) walk(operation.bodySchema, label(operation), label(operation));
    expect(loose, 'request body objects that are not strict: use z.strictObject').toEqual([]);
  });
});

const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE clients; --",
  '"); SELECT pg_sleep(1); --',
  '\u0000',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '🧑‍💻'.repeat(50),
  'x'.repeat(20_000),
  '-1',
  '1e309',
  'NaN',
  'null',
  'cli_00000000000000000000',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.constantFrom(null, true, false, 0, -1, 2 ** 31, -(2 ** 53), 1.5, Number.MAX_SAFE_INTEGER),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A body: random JSON, or the route's own fields (some kept valid, some hostile), plus odd keys. */
function bodyFor(operation: ApiOperation): fc.Arbitrary<string> {
  const resolved = resolveSchema({ schema: operation.bodySchema, document });
  const names = Object.keys(resolved?.properties ?? {});
  const valid = sampleFromSchema({ schema: operation.bodySchema, document }) as Record<string, unknown>;
  const shaped = fc
    .record({
      fields: fc.dictionary(names.length > 0 ? fc.constantFrom(...names) : hostileString, hostileValue, {
        maxKeys: names.length + 1,
      }),
      extra: fc.option(
        fc.constantFrom('tenantId', 'organisationId', 'id', 'status', 'createdBy', 'constructor', 'isAdmin'),
      ),
      extraValue: hostileValue,
      pollute: fc.boolean(),
    })
    .map(({ fields, extra, extraValue, pollute }) => {
      const merged: Record<string, unknown> = {
        ...(typeof valid === 'object' && valid ? valid : {}),
        ...fields,
      };
      if (extra) merged[extra] = extraValue;
      const text = JSON.stringify(merged);
      return pollute ? `{"__proto__":{"polluted":"yes"},${text.slice(1)}`.replace(',}', '}') : text;
    });
  return fc.oneof(
    shaped,
    hostileValue.map((value) => JSON.stringify(value) ?? 'null'),
    fc.constantFrom('{"constructor":{"prototype":{"polluted":"yes"}}}', '[]', '""', '1', 'null', '{}'),
  );
}

describe('random and hostile input on every route', () => {
  it('never answers 500 and never shows a stack or SQL, for any role allowed on the route', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      const roles = rolesAllowed(operation);
      if (roles.length === 0) continue;
      const params = fc.record(
        Object.fromEntries(operation.pathParams.map((name) => [name, hostileString])) as Record<
          string,
          fc.Arbitrary<string>
        >,
      );
      const query = fc.dictionary(
        fc.oneof(
          fc.constantFrom(...operation.queryParams.map((param) => param.name), '__proto__'),
          hostileString,
        ),
        hostileString,
        { maxKeys: 4 },
      );
      const before = failures.length;
      await fc
        .assert(
          fc.asyncProperty(
            fc.constantFrom(...roles),
            params,
            query,
            operation.hasJsonBody ? bodyFor(operation) : fc.constant(undefined),
            async (role, pathValues, queryValues, body) => {
              const encoded = Object.fromEntries(
                Object.entries(pathValues).map(([name, value]) => [
                  name,
                  encodeURIComponent(value.slice(0, 2000)),
                ]),
              );
              const search = new URLSearchParams(
                Object.entries(queryValues).map(([name, value]): [string, string] => [
                  name,
                  value.slice(0, 2000),
                ]),
              ).toString();
              const path = `${fillPath({ path: operation.path, values: encoded })}${search ? `?${search}` : ''}`;
              const res = await send({
                operation,
                role,
                path,
                body,
                headers: body === undefined ? {} : { 'content-type': 'application/json' },
              });
              const text = await res.text();
              const leak = leakIn(text);
              if (res.status >= 500 || leak) {
                failures.push(
                  `${label(operation)} as ${role}: ${res.status} ${leak ?? ''} for ${path.slice(0, 200)} ${String(body).slice(0, 200)} -> ${text.slice(0, 200)}`,
                );
                return false;
              }
              if (res.status >= 400 && !/"code":"[a-z_]+(\.[a-z_]+)+"/.test(text)) {
                failures.push(
                  `${label(operation)} as ${role}: ${res.status} without an error code: ${text.slice(0, 200)}`,
                );
                return false;
              }
              return true;
            },
          ),
          { numRuns: RUNS_PER_ROUTE, seed: 20_250_312, endOnFailure: true },
        )
        .catch((error: unknown) => {
          if (failures.length === before)
            failures.push(`${label(operation)}: ${String(error).slice(0, 500)}`);
        });
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 300_000);
});

describe('mass assignment', () => {
  it('refuses a client created with tenant, organisation, status, id or owner fields, and creates nothing', async () => {
    const cookie = await demoSession({ t, role: 'welfare:social_worker' });
    const base = {
      fileNumber: 'MASS-0001',
      firstName: 'Mass',
      lastName: 'Assignment',
      preferredLanguage: 'nl',
    };
    const extras = {
      tenantId: 'ten_00000000000000000000',
      organisationId: 'org_00000000000000000000',
      status: 'completed',
      id: 'cli_00000000000000000000',
      createdBy: 'usr_00000000000000000000',
    };
    for (const [name, value] of Object.entries(extras)) {
      const res = await t.request('/api/clients', {
        method: 'POST',
        cookie,
        body: { ...base, [name]: value },
      });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('validation.failed');
      expect(body.error.details.fields).toContainEqual(expect.objectContaining({ path: name }));
    }
    const rows = await queryRows<{ n: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS n FROM clients WHERE file_number = 'MASS-0001' OR id = 'cli_00000000000000000000'`,
    });
    expect(rows[0]?.n).toBe(0);

    const created = await t.request('/api/clients', { method: 'POST', cookie, body: base });
    expect(created.status).toBe(201);
    const { client } = await created.json();
    const [row] = await queryRows<{ tenant_id: string; created_by: string }>({
      db: t.db,
      query: sql`SELECT tenant_id, created_by FROM clients WHERE id = ${client.id}`,
    });
    const [me] = await queryRows<{ id: string; tenant_id: string }>({
      db: t.db,
      query: sql`SELECT u.id, o.tenant_id FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.email = ${demoEmail('welfare:social_worker')}`,
    });
    expect(row).toEqual({ tenant_id: me!.tenant_id, created_by: me!.id });
    expect(client.status).toBe('referred');
  });
});
