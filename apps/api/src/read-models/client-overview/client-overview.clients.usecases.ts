import type { Database } from '../../ground/database/database';
import type { ClientArgs, TenantContext } from '../../ground/http/request-context';
import { type ClientRow, createClientsRepository } from '../../records/clients/clients.repository';
import type { Client, ClientSummary } from '../../records/clients/clients.schemas';
import { editClient, readTenantClient, registerClient } from '../../records/clients/clients.usecases';
import { createTrackFactsRepository } from '../../tracks/trajectory/trajectory.facts.repository';
import { deriveClientStatus, NO_TRACK_FACTS } from '../../tracks/trajectory/trajectory.status';
import { type ClientListFilters, createClientListRepository } from './client-overview.list.repository';

async function withStatuses({
  db,
  tenantId,
  clients,
}: {
  db: Database;
  tenantId: string;
  clients: ClientRow[];
}) {
  const { facts } = await createTrackFactsRepository({ db }).getTrackFacts({
    tenantId,
    clientIds: clients.map((client) => client.id),
  });
  return clients.map((client) => {
    const { status } = deriveClientStatus({ facts: facts.get(client.id) ?? NO_TRACK_FACTS });
    return { client, status };
  });
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
  const found = await createClientListRepository({ db }).searchClients({
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
      const { facts } = await createTrackFactsRepository({ db }).getTrackFacts({ tenantId, clientIds });
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

/** Reads one client's record; every read, and every refused one, is audited. */
export async function getClient({ ctx, clientId }: ClientArgs): Promise<{ client: Client }> {
  const { db, tenantId } = ctx;
  const { client } = await readTenantClient({ ctx, clientId, action: 'client.read', purpose: 'client_file' });
  const [row] = await withStatuses({ db, tenantId, clients: [client] });
  return { client: toClient(row!) };
}

/** Registers a client; a new client's trajectory has only begun. */
export async function createClient(
  registration: Parameters<typeof registerClient>[0],
): Promise<{ client: Client }> {
  const { client } = await registerClient(registration);
  return { client: toClient({ client, status: 'referred' }) };
}

/** Changes a client's record and answers it with its current status. */
export async function updateClient(edit: Parameters<typeof editClient>[0]): Promise<{ client: Client }> {
  const { client } = await editClient(edit);
  const { db, tenantId } = edit.ctx;
  const [row] = await withStatuses({ db, tenantId, clients: [client] });
  return { client: toClient(row!) };
}
