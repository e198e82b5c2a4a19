import type { AuthContext } from '../app/app.types';
import { type Database, withTransaction } from '../app/database';
import { writeAudit } from '../audit/audit.usecases';
import { createForbiddenError } from '../auth/auth.errors';
import { createClientNotFoundError } from '../clients/clients.errors';
import { createClientsRepository } from '../clients/clients.repository';
import { createDigipuntenRepository } from '../digipunten/digipunten.repository';
import type { Clock } from '../shared/clock';
import { isIdOf } from '../shared/ids';
import { createNoIntakeError, createUnknownDigipuntError } from './guidance.errors';
import { createGuidanceRepository } from './guidance.repository';
import type { DigipuntInfo, DigipuntInfoResult } from './guidance.schemas';

/**
 * Records that the client was told about these Digipunten of the tenant's directory: the points as
 * told, the time on the intake (so the trajectory sees it) and the audit row, in one transaction.
 */
export async function recordDigipuntInfo({
  db,
  auth,
  clock,
  clientId,
  input,
  requestId,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  clientId: string;
  input: DigipuntInfo;
  requestId: string;
}): Promise<{ result: DigipuntInfoResult }> {
  const tenantId = auth.organisation.tenantId;
  if (!tenantId) throw createForbiddenError();
  return withTransaction({
    db,
    work: async (tx) => {
      const { client } = isIdOf({ kind: 'client', value: clientId })
        ? await createClientsRepository({ db: tx }).findClient({ tenantId, clientId })
        : { client: undefined };
      if (!client) throw createClientNotFoundError();
      const guidance = createGuidanceRepository({ db: tx });
      const { intake } = await guidance.findLatestIntake({ tenantId, clientId: client.id });
      if (!intake) throw createNoIntakeError();
      const { points: directory } = await createDigipuntenRepository({ db: tx }).listDirectory({ tenantId });
      const byName = new Map(directory.map((point) => [point.name, point]));
      const unknown = input.names.filter((name) => !byName.has(name));
      if (unknown.length > 0) throw createUnknownDigipuntError({ details: { names: unknown } });
      const givenAt = clock.now();
      const points = input.names.map((name) => {
        const point = byName.get(name)!;
        return { name, street: point.street, postcode: point.postcode, city: point.city };
      });
      await guidance.recordDigipuntInfo({
        tenantId,
        clientId: client.id,
        intakeId: intake.id,
        points,
        givenAt,
        givenBy: auth.user.id,
      });
      await writeAudit({
        db: tx,
        entry: {
          actor: auth,
          tenantId,
          clientId: client.id,
          action: 'guidance.digipunt_info',
          resource: `intake:${intake.id}`,
          requestId,
          at: givenAt,
        },
      });
      return { result: { givenAt: givenAt.toISOString(), names: input.names } };
    },
  });
}
