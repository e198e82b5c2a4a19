import { and, asc, count, desc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import {
  columnsEqual,
  columnsOf,
  findOne,
  inTenant,
  ofClient,
  upsertOne,
} from '../../ground/database/query-helpers';
import { programmesTable, wavesTable } from '../../records/programmes/programmes.tables';
import { createIntakeHouseholdRepository } from './intake.household.repository';
import { intakesTable } from './intake.tables';

/** An intake approved and not closed: its client takes part in the programme. */
export const approvedAndOpen = and(eq(intakesTable.decision, 'approved'), isNull(intakesTable.closureKind))!;

export type IntakeRow = typeof intakesTable.$inferSelect;

/**
 * The client's newest intake of those that meet the other conditions, with what its programme decides
 * for it (the settings, the home-help partner); undefined without one.
 */
export async function findIntakeWithProgramme(
  db: Database,
  client: { tenantId: string; clientId: string },
  ...conditions: SQL[]
) {
  const [intake] = await db
    .select({
      intakeId: intakesTable.id,
      ...columnsOf(intakesTable, ['programmeId', 'verdict']),
      ...columnsOf(programmesTable, ['settings', 'homeHelpOrgId']),
    })
    .from(intakesTable)
    .innerJoin(programmesTable, eq(programmesTable.id, intakesTable.programmeId))
    .where(ofClient(intakesTable, client, ...conditions))
    .orderBy(desc(intakesTable.createdAt))
    .limit(1);
  return intake;
}

/** A client's intake in the tenant's current programme and the waves it can join. */
export function createIntakeRepository({ db }: { db: Database }) {
  return {
    ...createIntakeHouseholdRepository({ db }),

    /** The tenant's current programme: the newest active one. */
    async findActiveProgramme({ tenantId }: { tenantId: string }) {
      const [programme] = await db
        .select()
        .from(programmesTable)
        .where(inTenant(programmesTable, tenantId, eq(programmesTable.status, 'active')))
        .orderBy(desc(programmesTable.createdAt))
        .limit(1);
      return { programme };
    },

    async findIntake({
      tenantId,
      clientId,
      programmeId,
    }: {
      tenantId: string;
      clientId: string;
      programmeId: string;
    }) {
      return {
        intake: await findOne(db, intakesTable, { tenantId, clientId, programmeId }),
      };
    },

    /**
     * The programme's waves with the laptops already promised to approved clients (this client aside)
     * and the laptops still free for the client: the wave's room, but never more than the stock holds.
     */
    async listWaves({
      tenantId,
      programmeId,
      excludeClientId,
    }: {
      tenantId: string;
      programmeId: string;
      excludeClientId: string;
    }) {
      const committed = db
        .select({ waveId: intakesTable.waveId, n: count().as('n') })
        .from(intakesTable)
        .where(
          columnsEqual(
            intakesTable,
            { tenantId, decision: 'approved' },
            ne(intakesTable.clientId, excludeClientId),
          ),
        )
        .groupBy(intakesTable.waveId)
        .as('committed');
      const rows = await db
        .select({
          ...columnsOf(wavesTable, ['id', 'name', 'pickupFrom', 'pickupTo', 'laptopCapacity']),
          laptopsCommitted: sql<number>`coalesce(${committed.n}, 0)::int`,
        })
        .from(wavesTable)
        .leftJoin(committed, eq(committed.waveId, wavesTable.id))
        .where(inTenant(wavesTable, tenantId, eq(wavesTable.programmeId, programmeId)))
        .orderBy(asc(wavesTable.pickupFrom));
      // Laptops the programme's waves can hand out: in stock (not reserved) and bought for this
      // programme or for none, less those promised to approved clients (this one aside) still waiting.
      const [stock] = await queryRows<{ in_stock: unknown; waiting: unknown }>({
        db,
        query: sql`SELECT
            (SELECT count(*) FROM devices WHERE tenant_id = ${tenantId} AND status = 'in_stock'
              AND (programme_id IS NULL OR programme_id = ${programmeId})) AS in_stock,
            (SELECT count(*) FROM intakes i
              WHERE i.tenant_id = ${tenantId} AND i.programme_id = ${programmeId} AND i.decision = 'approved'
                AND i.closure_kind IS NULL AND i.wave_id IS NOT NULL AND i.client_id <> ${excludeClientId}
                AND NOT EXISTS (SELECT 1 FROM devices d WHERE d.tenant_id = ${tenantId} AND d.holder_client_id = i.client_id)
                AND NOT EXISTS (SELECT 1 FROM device_events e WHERE e.tenant_id = ${tenantId}
                  AND e.client_id = i.client_id AND e.to_status = 'handed_out')) AS waiting`,
      });
      const available = Math.max(0, Number(stock?.in_stock ?? 0) - Number(stock?.waiting ?? 0));
      return {
        waves: rows.map((row) => {
          const laptopsCommitted = Number(row.laptopsCommitted);
          const room = Math.max(0, row.laptopCapacity - laptopsCommitted);
          return { ...row, laptopsCommitted, laptopsFree: Math.min(room, available) };
        }),
      };
    },

    async upsertIntake({ intake }: { intake: typeof intakesTable.$inferInsert }) {
      const {
        tenantId: _tenant,
        clientId: _client,
        programmeId: _programme,
        createdBy: _by,
        ...changes
      } = intake;
      const row = await upsertOne(db, intakesTable, intake, {
        target: [intakesTable.clientId, intakesTable.programmeId],
        set: changes,
      });
      return { intake: row };
    },
  };
}
