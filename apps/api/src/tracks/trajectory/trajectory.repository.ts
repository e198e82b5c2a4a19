import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { findLatestOfClient, insertOne, inTenant, ofClient } from '../../ground/database/query-helpers';
import { usersTable } from '../../records/users/users.tables';
import { intakesTable } from '../intake/intake.tables';
import { trajectoryEventsTable } from './trajectory.tables';

/**
 * For a query over intakes named `i`: joins `ev.reason`, the reason of the latest event that recorded
 * the intake's current closure (none for a completion, or for a closure older than events).
 */
export const closureReasonJoin = sql`LEFT JOIN LATERAL (
  SELECT e.reason FROM trajectory_events e
  WHERE e.tenant_id = i.tenant_id AND e.intake_id = i.id AND e.kind = i.closure_kind
  ORDER BY e.at DESC LIMIT 1
) ev ON true`;

export type TrajectoryEventRow = typeof trajectoryEventsTable.$inferSelect;

export function createTrajectoryRepository({ db }: { db: Database }) {
  return {
    /** The client's latest intake, locked until the transaction ends so two closures do not cross. */
    async findLatestIntakeForUpdate(client: { tenantId: string; clientId: string }) {
      return { intake: await findLatestOfClient(db, intakesTable, client, { forUpdate: true }) };
    },

    /** Sets (or, with `null`, clears) the intake's current closure, which the status is derived from. */
    async setClosure({
      tenantId,
      intakeId,
      closure,
      at,
    }: {
      tenantId: string;
      intakeId: string;
      closure: { kind: 'completed' | 'dropped_out' | 'closed'; note: string } | null;
      at: Date;
    }) {
      await db
        .update(intakesTable)
        .set({
          closureKind: closure?.kind ?? null,
          closureReason: closure?.note ?? null,
          closedAt: closure ? at : null,
          updatedAt: at,
        })
        .where(inTenant(intakesTable, tenantId, eq(intakesTable.id, intakeId)));
    },

    async insertEvent(values: typeof trajectoryEventsTable.$inferInsert) {
      return { event: await insertOne(db, trajectoryEventsTable, values) };
    },

    /** A client's completions, ends and reopenings, oldest first, with who recorded each. */
    async listEvents({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const rows = await db
        .select({ event: trajectoryEventsTable, actorName: usersTable.displayName })
        .from(trajectoryEventsTable)
        .leftJoin(usersTable, eq(usersTable.id, trajectoryEventsTable.actorUserId))
        .where(ofClient(trajectoryEventsTable, { tenantId, clientId }))
        .orderBy(trajectoryEventsTable.at);
      return { events: rows };
    },
  };
}
