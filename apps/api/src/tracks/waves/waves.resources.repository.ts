import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';

/** What the partners have to offer a wave: the resources its plan is checked against. */
export function createWaveResourcesRepository({ db }: { db: Database }) {
  return {
    /**
     * Laptops in stock minus those promised to approved clients of the tenant's other waves who hold
     * none yet, and free seats in the training partner's basic groups that start from the pickup on.
     */
    async getResources({
      tenantId,
      waveId,
      trainingOrgId,
      programmeId,
      from,
    }: {
      tenantId: string;
      waveId: string | null;
      trainingOrgId: string | null;
      programmeId: string;
      from: string;
    }) {
      const [laptops] = await queryRows<{ in_stock: unknown; promised: unknown }>({
        db,
        query: sql`SELECT
            (SELECT count(*) FROM devices WHERE tenant_id = ${tenantId} AND status = 'in_stock') AS in_stock,
            (SELECT count(*) FROM intakes i
              WHERE i.tenant_id = ${tenantId} AND i.decision = 'approved' AND i.closure_kind IS NULL
                AND i.wave_id IS NOT NULL ${waveId ? sql`AND i.wave_id <> ${waveId}` : sql``}
                AND NOT EXISTS (SELECT 1 FROM devices d WHERE d.holder_client_id = i.client_id)
                AND NOT EXISTS (SELECT 1 FROM device_events e
                                WHERE e.client_id = i.client_id AND e.to_status = 'handed_out')) AS promised`,
      });
      const [seats] = trainingOrgId
        ? await queryRows<{ free: unknown }>({
            db,
            query: sql`SELECT coalesce(sum(capacity - enrolled_count), 0) AS free FROM course_groups
              WHERE training_org_id = ${trainingOrgId} AND kind = 'basic'
                AND (programme_id = ${programmeId} OR programme_id IS NULL)
                AND (starts_on IS NULL OR starts_on >= ${from}::date)`,
          })
        : [{ free: 0 }];
      const [own] = waveId
        ? await queryRows<{ equipped: unknown; seated: unknown }>({
            db,
            query: sql`SELECT
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM devices d WHERE d.holder_client_id = i.client_id)
                  OR EXISTS (SELECT 1 FROM device_events e WHERE e.client_id = i.client_id AND e.to_status = 'handed_out')) AS equipped,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM enrolments en JOIN course_groups g ON g.id = en.group_id
                  WHERE en.client_id = i.client_id AND en.status = 'enrolled' AND g.kind = 'basic')) AS seated
              FROM intakes i WHERE i.tenant_id = ${tenantId} AND i.wave_id = ${waveId}`,
          })
        : [{ equipped: 0, seated: 0 }];
      return {
        laptops: Math.max(0, Number(laptops?.in_stock ?? 0) - Number(laptops?.promised ?? 0)),
        trainingSeats: Number(seats?.free ?? 0),
        /** Laptops and seats the wave's own clients already have, so they need no more stock or seats. */
        alreadyEquipped: Number(own?.equipped ?? 0),
        alreadySeated: Number(own?.seated ?? 0),
      };
    },
  };
}
