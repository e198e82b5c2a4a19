import { PROGRAMME_TIME_ZONE, toCalendarDate, validateBirthDate } from '@digipakket/domain';
import type { z } from 'zod';
import type { AddressInput, Geocoder } from '../../ground/geocoding/geocoding.types';
import type { ClientArgs, TenantArgs, TenantContext } from '../../ground/http/request-context';
import type { Clock } from '../../ground/shared/clock';
import { isIdOf } from '../../ground/shared/ids';
import { createBirthDateOutOfRangeError, createClientNotFoundError } from './clients.errors';
import { type ClientRow, type ClientScope, createClientsRepository } from './clients.repository';
import type {
  ClientCreateSchema,
  ClientUpdateSchema,
  DuplicateCheckSchema,
  DuplicateList,
} from './clients.schemas';

/** The coordinates and neighbourhood of an address, as stored on the client; all empty when unknown. */
async function locate({ geocoder, address }: { geocoder: Geocoder; address: AddressInput }) {
  const { location } = await geocoder.geocode({ address });
  return {
    lat: location?.lat ?? null,
    lon: location?.lon ?? null,
    neighbourhood: location?.neighbourhood ?? null,
  };
}

/** Refuses a birth date outside a plausible past (not after today, not over 120 years ago). */
export function requirePlausibleBirthDate({ birthDate, clock }: { birthDate: string; clock: Clock }): void {
  const today = toCalendarDate({ instant: clock.now(), timeZone: PROGRAMME_TIME_ZONE });
  const checked = validateBirthDate({ birthDate, today });
  if (!checked.ok) throw createBirthDateOutOfRangeError(checked.reasons[0]);
}

/**
 * The client of the tenant; an id of another shape, a missing client and another tenant's are all
 * `undefined` alike, so an answer never tells them apart.
 */
export async function findTenantClient({
  db,
  tenantId,
  clientId,
}: ClientScope): Promise<{ client: ClientRow | undefined }> {
  if (!isIdOf({ kind: 'client', value: clientId })) return { client: undefined };
  return createClientsRepository({ db }).findClient({ tenantId, clientId });
}

/** The client of the tenant, or the one 404 for a missing client and another tenant's. */
export async function requireTenantClient(scope: ClientScope): Promise<{ client: ClientRow }> {
  const { client } = await findTenantClient(scope);
  if (!client) throw createClientNotFoundError();
  return { client };
}

/**
 * Audits one read of a client's data: a success when the client was found, a denied probe otherwise
 * (the asked id kept, cut short, in the resource).
 */
export function auditClientRead({
  ctx,
  clientId,
  found,
  action,
  purpose,
}: ClientArgs<{ found: boolean; action: string; purpose: string }>): Promise<void> {
  return ctx.audit({
    clientId: found ? clientId : null,
    action,
    resource: `client:${clientId.slice(0, 64)}`,
    outcome: found ? 'success' : 'denied',
    purpose,
  });
}

/** What `read` finds of a client's data: the read audited (a denied probe when it finds nothing), then the 404. */
export async function readAudited<T>({
  ctx,
  clientId,
  action,
  purpose,
  read,
}: ClientArgs<{ action: string; purpose: string; read: () => Promise<T | null | undefined> }>): Promise<T> {
  const found = await read();
  await auditClientRead({ ctx, clientId, found: found != null, action, purpose });
  if (found == null) throw createClientNotFoundError();
  return found;
}

/** The client of the tenant for a read of their file: the read audited, then the 404 if not found. */
export async function readTenantClient({
  ctx,
  action,
  purpose,
  clientId,
}: ClientArgs<{ action: string; purpose: string }>): Promise<{ client: ClientRow }> {
  const read = async () => (await findTenantClient({ db: ctx.db, tenantId: ctx.tenantId, clientId })).client;
  return { client: await readAudited({ ctx, clientId, action, purpose, read }) };
}

/** The active social workers and project leads of the caller's organisation, by name. */
export async function listSocialWorkers({ ctx }: { ctx: TenantContext }) {
  const { users } = await createClientsRepository({ db: ctx.db }).listCaseworkers({
    organisationId: ctx.actor.organisation.id,
  });
  return { items: users };
}

/** Registers a client; the address is geocoded first (the geocoder never fails, at worst it knows nothing). */
export async function registerClient({
  ctx,
  geocoder,
  input,
}: TenantArgs<{ geocoder: Geocoder; input: z.output<typeof ClientCreateSchema> }>): Promise<{
  client: ClientRow;
}> {
  const { clock, tenantId } = ctx;
  if (input.birthDate) requirePlausibleBirthDate({ birthDate: input.birthDate, clock });
  const location = await locate({ geocoder, address: input });
  const now = clock.now();
  const client = await ctx.transaction(async ({ tx, audit }) => {
    const { client: created } = await createClientsRepository({ db: tx }).insertClient({
      // A field the form left out keeps the column's default: empty, or no interpreter needed.
      client: {
        ...input,
        tenantId,
        ...location,
        createdBy: ctx.actor.user.id,
        createdAt: now,
        updatedAt: now,
      },
    });
    await audit({
      clientId: created.id,
      action: 'client.create',
      resource: `client:${created.id}`,
    });
    return created;
  });
  return { client };
}

/**
 * Changes the fields sent and records which ones changed (their names, never their values). A
 * change to the address geocodes the new address.
 */
export async function editClient({
  ctx,
  geocoder,
  clientId,
  input,
}: ClientArgs<{ geocoder: Geocoder; input: z.output<typeof ClientUpdateSchema> }>): Promise<{
  client: ClientRow;
}> {
  const { db, clock, tenantId } = ctx;
  if (input.birthDate) requirePlausibleBirthDate({ birthDate: input.birthDate, clock });
  if (!isIdOf({ kind: 'client', value: clientId })) throw createClientNotFoundError();
  let location: Awaited<ReturnType<typeof locate>> | undefined;
  if (input.street !== undefined || input.postcode !== undefined || input.city !== undefined) {
    const { client: current } = await createClientsRepository({ db }).findClient({ tenantId, clientId });
    if (!current) throw createClientNotFoundError();
    location = await locate({
      geocoder,
      address: {
        street: input.street === undefined ? current.street : input.street,
        postcode: input.postcode === undefined ? current.postcode : input.postcode,
        city: input.city === undefined ? current.city : input.city,
      },
    });
  }
  const now = clock.now();
  const client = await ctx.transaction(async ({ tx, audit }) => {
    const { client: updated } = await createClientsRepository({ db: tx }).updateClient({
      tenantId,
      clientId,
      changes: { ...input, ...location, updatedAt: now },
    });
    if (!updated) throw createClientNotFoundError();
    await audit({
      clientId: updated.id,
      action: 'client.update',
      resource: `client:${updated.id}`,
      purpose: Object.keys(input).sort().join(','),
    });
    return updated;
  });
  return { client };
}

/** Possible duplicates of what the form holds, so the social worker can check before saving. */
export async function findDuplicateClients({
  ctx,
  input,
}: TenantArgs<{ input: z.output<typeof DuplicateCheckSchema> }>): Promise<DuplicateList> {
  const { db, tenantId } = ctx;
  return createClientsRepository({ db }).findDuplicates({
    tenantId,
    ...input,
    nationalNumber: input.nationalNumber?.replace(/[\s.\-/]/g, '') || undefined,
  });
}
