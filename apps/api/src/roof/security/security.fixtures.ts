import { ROLES_BY_ORG_KIND } from '@digipakket/domain';
import { eq } from 'drizzle-orm';
import type { Access, RoleKey } from '../../ground/http/access.policy';
import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import { sessionCookieName } from '../../records/auth/auth.cookies';
import { createAuthRepository } from '../../records/auth/auth.repository';
import { generateSessionToken, hashSessionToken } from '../../records/auth/auth.tokens';
import { usersTable } from '../../records/users/users.tables';
import { createUser } from '../../tracks/accounts/accounts.usecases';
import { DEMO_USERS, demoOrgKind } from '../demo/demo.accounts';
import type { TestApp } from '../testing/test-app';

// Support for the security suites: the app's own route list, sessions per role, a second tenant.

/** Every role of every organisation kind, as the access rules name them. */
export const ROLE_KEYS: RoleKey[] = Object.entries(ROLES_BY_ORG_KIND).flatMap(([kind, roles]) =>
  roles.map((role) => `${kind}:${role}` as RoleKey),
);

const DEMO_EMAILS = new Map<string, string>(
  DEMO_USERS.map((user) => [`${demoOrgKind(user.org)}:${user.role}`, user.email]),
);

/** The demo account that holds a role. */
export function demoEmail(role: RoleKey): string {
  const email = DEMO_EMAILS.get(role);
  if (!email) throw new Error(`No demo account has the role ${role}`);
  return email;
}

/** Public routes outside the OpenAPI document on purpose: the document, its HTML reference, the health check. */
export const UNDOCUMENTED_API_ROUTES = new Set(['GET /api/openapi.json', 'GET /api/docs', 'GET /api/health']);

export type ApiOperation = {
  method: string;
  /** OpenAPI form, `/api/clients/{id}`. */
  path: string;
  access: Access | undefined;
  /** Open to a session whose password someone else chose (`x-before-password-change`). */
  beforePasswordChange: boolean;
  /** The step of a session waiting for its second factor the route is open during (`x-second-factor-step`). */
  secondFactorStep: 'verify' | 'enrol' | 'any' | undefined;
  pathParams: string[];
  queryParams: { name: string; required: boolean }[];
  hasJsonBody: boolean;
  /** The JSON schema of the body, with `$ref`s still in it; see `resolveSchema`. */
  bodySchema: JsonSchema | undefined;
};

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is walked generically
export type JsonSchema = Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is read generically
type OpenApiDocument = Record<string, any>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The API's operations, read from its own OpenAPI document. */
export async function readOperations({ t }: { t: TestApp }) {
  const document = (await (await t.request('/api/openapi.json')).json()) as OpenApiDocument;
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {}) as [string, OpenApiDocument][]) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])] as {
        name: string;
        in: string;
        required?: boolean;
      }[];
      const json = operation.requestBody?.content?.['application/json'];
      operations.push({
        method: method.toUpperCase(),
        path,
        access: operation['x-access'],
        beforePasswordChange: operation['x-before-password-change'] === true,
        secondFactorStep: operation['x-second-factor-step'],
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
        queryParams: parameters
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => ({ name: parameter.name, required: parameter.required === true })),
        hasJsonBody: json !== undefined,
        bodySchema: json?.schema,
      });
    }
  }
  return { operations, document };
}

/** Resolves `#/components/schemas/…` references, one level at a time. */
export function resolveSchema({
  schema,
  document,
}: {
  schema: JsonSchema | undefined;
  document: OpenApiDocument;
}): JsonSchema | undefined {
  let current = schema;
  for (let depth = 0; depth < 10 && current?.$ref; depth += 1) {
    const name = String(current.$ref).replace('#/components/schemas/', '');
    current = document.components?.schemas?.[name];
  }
  return current;
}

/** `METHOD /path` of every API route the Hono app answers, in OpenAPI path form. */
export function listRegisteredApiRoutes({ t }: { t: TestApp }): string[] {
  const routes = (t.app as unknown as { routes: { method: string; path: string }[] }).routes;
  return [
    ...new Set(
      routes
        .filter(
          (route) => route.method !== 'ALL' && route.path.startsWith('/api/') && !route.path.includes('*'),
        )
        .map((route) => `${route.method} ${route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`),
    ),
  ];
}

/** Whether a role may call a route, per its published rule. */
export function allows({ access, role }: { access: Access; role: RoleKey | 'anonymous' }): boolean {
  if (access === 'public') return true;
  if (role === 'anonymous') return false;
  if (access === 'authenticated') return true;
  return access.includes(role);
}

/** How a suite names a route in its messages: `METHOD /path`. */
export function operationLabel(operation: ApiOperation): string {
  return `${operation.method} ${operation.path}`;
}

/** Who calls a signed-in route in the suites that need one caller: a welfare role where one may, else the first. */
export function welfareCallerOf(operation: ApiOperation): RoleKey {
  const roles = ROLE_KEYS.filter((role) => allows({ access: operation.access!, role }));
  return roles.find((role) => role.startsWith('welfare:')) ?? roles[0]!;
}

/** Fills the path parameters; unknown ones get a well-formed id that exists nowhere. */
export function fillPath({ path, values = {} }: { path: string; values?: Record<string, string> }) {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? 'xyz_00000000000000000000');
}

/**
 * A session cookie for an account, written straight into the sessions table (no password hashing),
 * so suites can open hundreds of sessions quickly.
 */
export async function mintSession({
  t,
  email,
  secondFactor = null,
}: {
  t: TestApp;
  email: string;
  /** A session that still waits for its second factor: to prove one, or to enrol the first. */
  secondFactor?: 'verify' | 'enrol' | null;
}): Promise<string> {
  const [user] = await t.db.select({ id: usersTable.id }).from(usersTable).where(eq(usersTable.email, email));
  if (!user) throw new Error(`No account ${email}`);
  const token = generateSessionToken();
  const now = t.clock.now();
  await createAuthRepository({ db: t.db }).createSession({
    tokenHash: hashSessionToken({ token }),
    userId: user.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
    ip: null,
    userAgent: null,
    secondFactor,
  });
  return `${sessionCookieName({ config: t.config })}=${token}`;
}

/** A fresh session of the demo account that holds `role` (see `mintSession`). */
export function demoSession({ t, role }: { t: TestApp; role: RoleKey }): Promise<string> {
  return mintSession({ t, email: demoEmail(role) });
}

/**
 * Calls `operation` in a fresh session of the demo account that holds `role`, with `values` in its
 * path (see `fillPath`) and `body` as its JSON body.
 */
export async function callAs({
  t,
  operation,
  role,
  values,
  body,
}: {
  t: TestApp;
  operation: ApiOperation;
  role: RoleKey;
  values?: Record<string, string>;
  body?: unknown;
}) {
  return t.request(fillPath({ path: operation.path, values }), {
    method: operation.method,
    cookie: await demoSession({ t, role }),
    body,
  });
}

/**
 * A second tenant with its own welfare organisation, one social worker and one client registered
 * through the API, to check that nothing of it shows through to the demo tenant.
 */
export async function createOtherTenant({ t }: { t: TestApp }) {
  const organisations = createOrganisationsRepository({ db: t.db });
  const { tenant } = await organisations.insertTenant({ name: 'OCMW Elders', slug: 'elders' });
  const { organisation } = await organisations.insertOrganisation({
    kind: 'welfare',
    name: 'OCMW Elders',
    tenantId: tenant.id,
  });
  const email = 'sociaal@elders.test';
  await createUser({
    db: t.db,
    email,
    organisationRef: organisation.id,
    role: 'social_worker',
    displayName: 'Elders Social Worker',
    password: 'elders-password-1',
    passwordChangeRequired: false,
  });
  const cookie = await mintSession({ t, email });
  const res = await t.request('/api/clients', {
    method: 'POST',
    cookie,
    body: { fileNumber: 'ELD-0001', firstName: 'Other', lastName: 'Tenant', preferredLanguage: 'nl' },
  });
  if (res.status !== 201) throw new Error(`Client of the other tenant not created: ${res.status}`);
  const { client } = (await res.json()) as { client: { id: string } };
  return { tenantId: tenant.id, organisationId: organisation.id, email, cookie, clientId: client.id };
}

/** An error body with its request id taken out, to compare two answers byte for byte. */
export function withoutRequestId(text: string): string {
  return text.replace(/"requestId":"[^"]*"/g, '"requestId":"…"');
}

/**
 * A small body that satisfies the common parts of a JSON schema (required fields, types, enums,
 * lengths, dates, e-mails), so a request gets past validation to the object lookup where it can.
 */
export function sampleFromSchema({
  schema,
  document,
}: {
  schema: JsonSchema | undefined;
  document: OpenApiDocument;
}): unknown {
  const resolved = resolveSchema({ schema, document });
  if (!resolved) return {};
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (Array.isArray(variants)) {
    const first = variants.find((variant: JsonSchema) => variant.type !== 'null') ?? variants[0];
    return sampleFromSchema({ schema: first, document });
  }
  if (resolved.const !== undefined) return resolved.const;
  if (Array.isArray(resolved.enum)) return resolved.enum[0];
  const type = Array.isArray(resolved.type) ? resolved.type.find((t: string) => t !== 'null') : resolved.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of (resolved.required ?? []) as string[]) {
        out[name] = sampleFromSchema({ schema: resolved.properties?.[name], document });
      }
      return out;
    }
    case 'array':
      return Array.from({ length: resolved.minItems ?? 0 }, () =>
        sampleFromSchema({ schema: resolved.items, document }),
      );
    case 'integer':
    case 'number':
      return (
        resolved.minimum ?? (resolved.exclusiveMinimum !== undefined ? resolved.exclusiveMinimum + 1 : 1)
      );
    case 'boolean':
      return false;
    case 'string': {
      if (resolved.format === 'date') return '2025-03-12';
      if (resolved.format === 'date-time') return '2025-03-12T10:00:00.000Z';
      if (resolved.format === 'email') return 'someone@example.org';
      if (resolved.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (typeof resolved.pattern === 'string' && /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(resolved.pattern))
        return '2025-03-12';
      if (typeof resolved.pattern === 'string' && resolved.pattern.includes(':')) return '10:00';
      return 'x'.repeat(Math.max(1, resolved.minLength ?? 1));
    }
    default:
      return {};
  }
}

/** A value cut down to the properties its JSON schema declares (an answer sent back as a body). */
export function pruneToSchema({
  value,
  schema,
  document,
}: {
  value: unknown;
  schema: JsonSchema | undefined;
  document: OpenApiDocument;
}): unknown {
  const resolved = resolveSchema({ schema, document });
  if (!resolved || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value))
    return value.map((item) => pruneToSchema({ value: item, schema: resolved.items, document }));
  if (!resolved.properties) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([name]) => name in resolved.properties)
      .map(([name, item]) => [
        name,
        pruneToSchema({ value: item, schema: resolved.properties[name], document }),
      ]),
  );
}
