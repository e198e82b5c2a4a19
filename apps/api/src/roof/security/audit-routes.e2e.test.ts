import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { appForFile } from '../testing/app-for-file';
import type { TestApp } from '../testing/test-app';
import {
  type ApiOperation,
  allows,
  callAs,
  type JsonSchema,
  operationLabel,
  ROLE_KEYS,
  resolveSchema,
  welfareCallerOf,
} from './security.fixtures';
import {
  type DemoObjects,
  ownPathValues,
  type ParamFixture,
  prepareRouteCalls,
  type RouteCalls,
} from './security.objects';
import type { SecurityWorld } from './security.world';

type AuditRow = { client_id: string | null; outcome: string; action: string; tenant_id: string | null };

let t: TestApp;
let operations: ApiOperation[];
let document: RouteCalls['document'];
let world: SecurityWorld;
let demo: DemoObjects;
let fixtures: Record<string, ParamFixture>;
let validBody: RouteCalls['validBody'];

const label = operationLabel;

appForFile(async (app) => {
  t = app;
  ({ operations, document, world, demo, fixtures, validBody } = await prepareRouteCalls({ t }));
});

/** The names of a body's client fields (`clientId`, `clientIds`), in any of its variants. */
function clientFieldsOf(schema: JsonSchema | undefined): string[] {
  const resolved = resolveSchema({ schema, document });
  if (!resolved) return [];
  const own = Object.keys(resolved.properties ?? {}).filter(
    (name) => name === 'clientId' || name === 'clientIds',
  );
  const variants = [
    ...(resolved.anyOf ?? []),
    ...(resolved.oneOf ?? []),
    ...(resolved.allOf ?? []),
  ] as JsonSchema[];
  return [...new Set([...own, ...variants.flatMap((variant) => clientFieldsOf(variant))])];
}

/** Bodies whose `clientId` names something else than a welfare client, with what it names. */
const OTHER_CLIENT_IDS: Record<string, string> = {
  'PUT /api/organisation/sign-in': 'the OpenID Connect client registered at the provider',
};

/** Routes that touch one client's data: a client in the path, or a client in the body. */
function clientRoutes() {
  return operations
    .filter((operation) => operation.access !== undefined && operation.access !== 'public')
    .filter((operation) => !(label(operation) in OTHER_CLIENT_IDS))
    .map((operation) => {
      const pathParam = operation.pathParams.includes('clientId')
        ? 'clientId'
        : /^\/api\/(training\/)?clients\/\{id\}/.test(operation.path)
          ? 'id'
          : undefined;
      return { operation, pathParam, bodyFields: clientFieldsOf(operation.bodySchema) };
    })
    .filter((route) => route.pathParam !== undefined || route.bodyFields.length > 0);
}

const callerOf = welfareCallerOf;

/**
 * The client and body each route succeeds with on the demo data, where the generic fixtures (the
 * caller's own objects and a body that passes validation) do not make the call succeed.
 */
function successCase(operation: ApiOperation) {
  const route = label(operation);
  const everyTrack = demo.clientOfLigoId;
  const special: Record<string, { client: string; body?: unknown; values?: Record<string, string> }> = {
    'GET /api/clients/{id}/documents/{document}': { client: everyTrack },
    'POST /api/clients/{id}/guidance/digipunt-info': { client: everyTrack },
    'POST /api/devices/{id}/transitions': {
      client: world.gent.otherPartnersClientId,
      body: { type: 'reserve', clientId: world.gent.otherPartnersClientId },
    },
    'POST /api/training/enrolments': {
      client: world.gent.otherPartnersClientId,
      body: {
        clientId: world.gent.otherPartnersClientId,
        groupId: demo.groupAId,
        confirmLanguageMismatch: true,
      },
    },
    'POST /api/documents/batches': { client: everyTrack, body: { clientIds: [everyTrack] } },
    'POST /api/clients/{id}/cheques': { client: world.gent.equippedClientId },
    'POST /api/waves/{id}/clients': {
      client: world.gent.equippedClientId,
      body: { clientIds: [world.gent.equippedClientId], acceptOverflow: true },
    },
    'POST /api/clients/{id}/guidance/buddy-pairings': { client: world.gent.buddyClientId },
    'POST /api/clients/{id}/erasure': { client: demo.droppedOutClientId },
    'POST /api/info-moments/{id}/invitations': {
      client: world.gent.buddyClientId,
      body: { clientIds: [world.gent.buddyClientId] },
    },
    'POST /api/clients/{id}/info-moments/one-to-one': { client: world.gent.buddyClientId },
    'POST /api/clients/{id}/trajectory/complete': {
      client: world.gent.equippedClientId,
      body: { summary: 'Completed by the security suite' },
    },
  };
  return special[route];
}

async function auditRowsOf(res: Response) {
  return queryRows<AuditRow>({
    db: t.db,
    query: sql`SELECT client_id, outcome, action, tenant_id FROM audit_log WHERE request_id = ${res.headers.get('x-request-id')}`,
  });
}

function withClient({ body, fields, clientId }: { body: unknown; fields: string[]; clientId: string }) {
  const out = { ...((body ?? {}) as Record<string, unknown>) };
  for (const field of fields) out[field] = field === 'clientIds' ? [clientId] : clientId;
  return out;
}

describe('one audit row per call on a client, route by route', () => {
  it('finds the routes about a client in the path and in the body', () => {
    const routes = clientRoutes();
    expect(routes.filter((route) => route.pathParam).length).toBeGreaterThan(5);
    expect(routes.filter((route) => route.bodyFields.length > 0).length).toBeGreaterThan(1);
  });

  it('writes exactly one success row naming the client for each successful call', async () => {
    const wrong: string[] = [];
    for (const { operation, pathParam, bodyFields } of clientRoutes()) {
      const role = callerOf(operation);
      const special = successCase(operation);
      const values = ownPathValues({ fixtures, operation, role });
      const clientId = special?.client ?? (pathParam ? values[pathParam]! : demo.clientId);
      if (pathParam) values[pathParam] = clientId;
      const generic = operation.hasJsonBody ? validBody(operation) : undefined;
      const body =
        special?.body ??
        (operation.hasJsonBody ? withClient({ body: generic, fields: bodyFields, clientId }) : undefined);
      t.clock.set(new Date(t.clock.now().getTime() + 1));
      const res = await callAs({ t, operation, role, values, body });
      if (res.status >= 300) {
        wrong.push(
          `${label(operation)} as ${role}: did not succeed (${res.status} ${(await res.text()).slice(0, 160)}); give it a successCase`,
        );
        continue;
      }
      const rows = await auditRowsOf(res);
      const ofClient = rows.filter((row) => row.client_id === clientId);
      if (ofClient.length !== 1 || ofClient[0]!.outcome !== 'success')
        wrong.push(
          `${label(operation)} as ${role}: ${ofClient.length} rows for the client (${JSON.stringify(rows.map((row) => `${row.action}:${row.outcome}`))})`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it('writes one denied row per client for a role refused on a route that names its clients only in the body', async () => {
    const wrong: string[] = [];
    let checked = 0;
    const named = [demo.clientOfLigoId, world.gent.equippedClientId];
    for (const { operation, pathParam, bodyFields } of clientRoutes()) {
      if (pathParam || !operation.hasJsonBody || operation.pathParams.length > 0) continue;
      const refused = ROLE_KEYS.find((role) => !allows({ access: operation.access!, role }));
      if (!refused) continue;
      const clients = bodyFields.includes('clientIds') ? named : named.slice(0, 1);
      const body = {
        ...(validBody(operation) as object),
        ...(bodyFields.includes('clientIds') ? { clientIds: clients } : { clientId: clients[0] }),
      };
      const res = await callAs({ t, operation, role: refused, body });
      checked += 1;
      const rows = await auditRowsOf(res);
      const refusals = rows.filter(
        (row) => row.action === 'client.access_refused' && row.outcome === 'denied',
      );
      if (res.status !== 403 || rows.length !== clients.length || refusals.length !== clients.length)
        wrong.push(`${label(operation)} as ${refused}: ${res.status}, rows ${JSON.stringify(rows)}`);
      else if (
        refusals
          .map((row) => row.client_id)
          .sort()
          .join() !== [...clients].sort().join()
      )
        wrong.push(`${label(operation)} as ${refused}: rows name ${refusals.map((row) => row.client_id)}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1);
  });

  it("writes exactly one denied row for a call naming another tenant's client, in the path or in the body", async () => {
    const wrong: string[] = [];
    for (const { operation, pathParam, bodyFields } of clientRoutes()) {
      const role = callerOf(operation);
      const values = ownPathValues({ fixtures, operation, role });
      if (pathParam) values[pathParam] = world.elders.clientId;
      const special = successCase(operation);
      const generic = operation.hasJsonBody ? (special?.body ?? validBody(operation)) : undefined;
      const body = operation.hasJsonBody
        ? withClient({ body: generic, fields: pathParam ? [] : bodyFields, clientId: world.elders.clientId })
        : undefined;
      const res = await callAs({ t, operation, role, values, body });
      if (res.status !== 404) {
        wrong.push(
          `${label(operation)} as ${role}: another tenant's client answered ${res.status} ${(await res.text()).slice(0, 160)}`,
        );
        continue;
      }
      const rows = await auditRowsOf(res);
      if (rows.length !== 1 || rows[0]!.outcome !== 'denied')
        wrong.push(
          `${label(operation)} as ${role}: ${rows.length} rows (${JSON.stringify(rows.map((row) => `${row.action}:${row.outcome}`))})`,
        );
    }
    expect(wrong).toEqual([]);
  });
});
