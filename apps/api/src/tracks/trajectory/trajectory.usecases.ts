import {
  decideTrajectoryClosure,
  deriveTrajectoryStatus,
  type TrajectoryClosureCommand,
} from '@digipakket/domain';
import type { ClientArgs } from '../../ground/http/request-context';
import { requireTenantClient } from '../../records/clients/clients.usecases';
import { createNoIntakeForClosureError, TRAJECTORY_CLOSURE_ERRORS } from './trajectory.errors';
import { createTrackFactsRepository } from './trajectory.facts.repository';
import { createTrajectoryRepository } from './trajectory.repository';
import type { TrajectoryClosureResult } from './trajectory.schemas';
import { NO_TRACK_FACTS, toTrajectoryFacts } from './trajectory.status';

const AUDIT_ACTIONS = {
  complete: 'trajectory.complete',
  end: 'trajectory.end',
  reopen: 'trajectory.reopen',
} as const satisfies Record<TrajectoryClosureCommand['type'], string>;

/**
 * Completes, ends or reopens a client's trajectory, as the domain decides from the facts: the event
 * in the history, the intake's current closure (which the status is derived from) and the audit row,
 * in one transaction that holds the intake's row lock.
 */
export async function changeTrajectoryClosure({
  ctx,
  clientId,
  command,
}: ClientArgs<{ command: TrajectoryClosureCommand }>): Promise<{ result: TrajectoryClosureResult }> {
  const { clock, tenantId } = ctx;
  return ctx.transaction(async ({ tx, audit }) => {
    const { client } = await requireTenantClient({ db: tx, tenantId, clientId });
    const trajectory = createTrajectoryRepository({ db: tx });
    const { intake } = await trajectory.findLatestIntakeForUpdate({ tenantId, clientId: client.id });
    if (!intake) throw createNoIntakeForClosureError();
    const { facts } = await createTrackFactsRepository({ db: tx }).getTrackFacts({
      tenantId,
      clientIds: [client.id],
    });
    const derived = deriveTrajectoryStatus({
      facts: toTrajectoryFacts({ facts: facts.get(client.id) ?? NO_TRACK_FACTS }),
    });
    const outcome = decideTrajectoryClosure({ derived, closed: intake.closureKind !== null }, command);
    if (!outcome.ok) {
      const [reason] = outcome.reasons;
      const { code, ...details } = reason!;
      throw TRAJECTORY_CLOSURE_ERRORS[code]({ details });
    }
    const { decision } = outcome;
    const at = clock.now();
    const { event } = await trajectory.insertEvent({
      tenantId,
      clientId: client.id,
      intakeId: intake.id,
      kind: decision.record === 'closure' ? decision.kind : 'reopened',
      reason: decision.record === 'closure' ? decision.reason : null,
      note: decision.record === 'closure' ? decision.note : decision.reason,
      at,
      actorUserId: ctx.actor.user.id,
    });
    await trajectory.setClosure({
      tenantId,
      intakeId: intake.id,
      closure: decision.record === 'closure' ? { kind: decision.kind, note: decision.note } : null,
      at,
    });
    await audit({
      clientId: client.id,
      action: AUDIT_ACTIONS[command.type],
      resource: `intake:${intake.id}`,
      at,
    });
    const { facts: after } = await createTrackFactsRepository({ db: tx }).getTrackFacts({
      tenantId,
      clientIds: [client.id],
    });
    const { status } = deriveTrajectoryStatus({
      facts: toTrajectoryFacts({ facts: after.get(client.id) ?? NO_TRACK_FACTS }),
    });
    return {
      result: {
        status,
        event: {
          id: event.id,
          kind: event.kind,
          reason: event.reason,
          note: event.note,
          at: event.at.toISOString(),
          actorName: ctx.actor.user.displayName,
        },
      },
    };
  });
}
