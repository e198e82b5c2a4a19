import { PROGRAMME_TIME_ZONE, toCalendarDate, validateBirthDate } from '@digipakket/domain';
import type { z } from 'zod';
import { type Database, withTransaction } from '../../ground/database/database';
import type { AddressInput, Geocoder } from '../../ground/geocoding/geocoding.types';
import type { TenantContext } from '../../ground/http/request-context';
import type { Clock } from '../../ground/shared/clock';
import { isIdOf } from '../../ground/shared/ids';
import { createBirthDateOutOfRangeError, createClientNotFoundError } from './clients.errors';
import { type ClientListFilters, type ClientRow, createClientsRepository } from './clients.repository';
import type {
  Client,
  ClientCreateSchema,
  ClientSummary,
  ClientUpdateSchema,
  DuplicateCheckSchema,
  DuplicateList,
} from './clients.schemas';
import { deriveClientStatus, NO_TRACK_FACTS } from './clients.status';

async function withStatuses({
  db,
  tenantId,
  clients,
}: {
  db: Database;
  tenantId: string;
  clients: ClientRow[];
}) {
  const { facts } = await createClientsRepository({ db }).getTrackFacts({
    tenantId,
    clientIds: clients.map((client) => client.id),
  });
  return clients.map((client) => {
    const { status } = deriveClientStatus({ facts: facts.get(client.id) ?? NO_TRACK_FACTS });
    return { client, status };
  });
}

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

/** A client row as the API shows it to the welfare centre. */
export function toClient({ client, status }: { client: ClientRow; status: Client['status'] }): Client {
  return {
    id: client.id,
    fileNumber: client.fileNumber,
    firstName: client.firstName,
    lastName: client.lastName,
    birthDate: client.birthDate,
    nationalNumber: client.nationalNumber,
    phone: client.phone,
    email: client.email,
    preferredLanguage: client.preferredLanguage,
    needsInterpreter: client.needsInterpreter,
    street: client.street,
    postcode: client.postcode,
    city: client.city,
    neighbourhood: client.neighbourhood,
    status,
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
  };
}

/** How many clients' facts are read at once when a list is filtered on the derived status. */
const STATUS_CHUNK = 500;

/**
 * A page of the tenant's clients, searched and narrowed by the filters. The status is derived from
 * every track, so a status filter reads the candidates' facts in chunks and keeps the matching ones.
 */
export async function searchClients({
  ctx,
  q,
  filters = {},
  limit,
  offset,
}: {
  ctx: TenantContext;
  q: string | undefined;
  filters?: Omit<ClientListFilters, 'createdBy'> & { socialWorkerId?: string | undefined; mine?: boolean };
  limit: number;
  offset: number;
}): Promise<{ items: ClientSummary[]; total: number }> {
  const { db, tenantId } = ctx;
  const { socialWorkerId, mine, ...rest } = filters;
  const repository = createClientsRepository({ db });
  const found = await repository.searchClients({
    tenantId,
    q: q || undefined,
    filters: { ...rest, createdBy: mine ? ctx.actor.user.id : socialWorkerId },
    limit,
    offset,
  });
  let rows: { client: ClientRow; status: Client['status'] }[];
  let total = found.total;
  const { candidateIds } = found;
  if (candidateIds && filters.status) {
    const matching: string[] = [];
    const statuses = new Map<string, Client['status']>();
    for (let start = 0; start < candidateIds.length; start += STATUS_CHUNK) {
      const clientIds = candidateIds.slice(start, start + STATUS_CHUNK);
      const { facts } = await repository.getTrackFacts({ tenantId, clientIds });
      for (const id of clientIds) {
        const { status } = deriveClientStatus({ facts: facts.get(id) ?? NO_TRACK_FACTS });
        if (status === filters.status) {
          matching.push(id);
          statuses.set(id, status);
        }
      }
    }
    total = matching.length;
    const { clients } = await repository.findClientsByIds({
      tenantId,
      clientIds: matching.slice(offset, offset + limit),
    });
    rows = clients.map((client) => ({ client, status: statuses.get(client.id)! }));
  } else {
    rows = await withStatuses({ db, tenantId, clients: found.clients });
  }
  return {
    items: rows.map(({ client, status }) => ({
      id: client.id,
      fileNumber: client.fileNumber,
      firstName: client.firstName,
      lastName: client.lastName,
      phone: client.phone,
      preferredLanguage: client.preferredLanguage,
      neighbourhood: client.neighbourhood,
      status,
    })),
    total,
  };
}

/** The active social workers and project leads of the caller's organisation, by name. */
export async function listSocialWorkers({ ctx }: { ctx: TenantContext }) {
  const { users } = await createClientsRepository({ db: ctx.db }).listCaseworkers({
    organisationId: ctx.actor.organisation.id,
  });
  return { items: users };
}

/** Reads one client's record; every read, and every refused one, is audited. */
export async function getClient({
  ctx,
  clientId,
}: {
  ctx: TenantContext;
  clientId: string;
}): Promise<{ client: Client }> {
  const { db, tenantId } = ctx;
  const { client } = isIdOf({ kind: 'client', value: clientId })
    ? await createClientsRepository({ db }).findClient({ tenantId, clientId })
    : { client: undefined };
  await ctx.audit({
    clientId: client?.id ?? null,
    action: 'client.read',
    resource: `client:${clientId.slice(0, 64)}`,
    outcome: client ? 'success' : 'denied',
    purpose: 'client_file',
  });
  if (!client) throw createClientNotFoundError();
  const [row] = await withStatuses({ db, tenantId, clients: [client] });
  return { client: toClient(row!) };
}

/** Registers a client; the address is geocoded first (the geocoder never fails, at worst it knows nothing). */
export async function createClient({
  ctx,
  geocoder,
  input,
}: {
  ctx: TenantContext;
  geocoder: Geocoder;
  input: z.output<typeof ClientCreateSchema>;
}): Promise<{ client: Client }> {
  const { db, clock, tenantId } = ctx;
  if (input.birthDate) requirePlausibleBirthDate({ birthDate: input.birthDate, clock });
  const location = await locate({ geocoder, address: input });
  const now = clock.now();
  const client = await withTransaction({
    db,
    work: async (tx) => {
      const { client: created } = await createClientsRepository({ db: tx }).insertClient({
        client: {
          tenantId,
          fileNumber: input.fileNumber,
          firstName: input.firstName,
          lastName: input.lastName,
          birthDate: input.birthDate ?? null,
          nationalNumber: input.nationalNumber ?? null,
          phone: input.phone ?? null,
          email: input.email ?? null,
          preferredLanguage: input.preferredLanguage,
          needsInterpreter: input.needsInterpreter ?? false,
          street: input.street ?? null,
          postcode: input.postcode ?? null,
          city: input.city ?? null,
          ...location,
          createdBy: ctx.actor.user.id,
          createdAt: now,
          updatedAt: now,
        },
      });
      await ctx.audit({
        db: tx,
        clientId: created.id,
        action: 'client.create',
        resource: `client:${created.id}`,
      });
      return created;
    },
  });
  return { client: toClient({ client, status: 'referred' }) };
}

/**
 * Changes the fields sent and records which ones changed (their names, never their values). A
 * change to the address geocodes the new address.
 */
export async function updateClient({
  ctx,
  geocoder,
  clientId,
  input,
}: {
  ctx: TenantContext;
  geocoder: Geocoder;
  clientId: string;
  input: z.output<typeof ClientUpdateSchema>;
}): Promise<{ client: Client }> {
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
  const client = await withTransaction({
    db,
    work: async (tx) => {
      const { client: updated } = await createClientsRepository({ db: tx }).updateClient({
        tenantId,
        clientId,
        changes: { ...input, ...location, updatedAt: now },
      });
      if (!updated) throw createClientNotFoundError();
      await ctx.audit({
        db: tx,
        clientId: updated.id,
        action: 'client.update',
        resource: `client:${updated.id}`,
        purpose: Object.keys(input).sort().join(','),
      });
      return updated;
    },
  });
  const [row] = await withStatuses({ db, tenantId, clients: [client] });
  return { client: toClient(row!) };
}

/** Possible duplicates of what the form holds, so the social worker can check before saving. */
export async function findDuplicateClients({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.output<typeof DuplicateCheckSchema>;
}): Promise<DuplicateList> {
  const { db, tenantId } = ctx;
  return createClientsRepository({ db }).findDuplicates({
    tenantId,
    ...input,
    nationalNumber: input.nationalNumber?.replace(/[\s.\-/]/g, '') || undefined,
  });
}
