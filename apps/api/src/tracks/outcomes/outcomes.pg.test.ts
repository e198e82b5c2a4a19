import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDatabaseAppUrl } from '../../ground/config/config';
import { queryRows } from '../../ground/database/database';
import { createOtherTenant } from '../../roof/security/security.fixtures';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let app: postgres.Sql;
let other: Awaited<ReturnType<typeof createOtherTenant>>;
let demo: { tenantId: string; clientId: string; programmeId: string; userId: string; orgId: string };

async function asApp<T>(tenantIds: string, work: () => Promise<T>) {
  await app`SELECT set_config('digipakket.tenant_ids', ${tenantIds}, false)`;
  try {
    return await work();
  } finally {
    await app`SELECT set_config('digipakket.tenant_ids', '', false)`;
  }
}

const insertRound = (id: string, round = 'baseline') =>
  t.db.execute(sql`INSERT INTO outcome_rounds (id, tenant_id, client_id, programme_id, round, mode, taken_on,
      taken_by_user_id, taken_by_org_id, taken_by_org_kind, taken_by_role)
    VALUES (${id}, ${demo.tenantId}, ${demo.clientId}, ${demo.programmeId}, ${round}, 'paper', '2025-03-01',
      ${demo.userId}, ${demo.orgId}, 'welfare', 'social_worker')`);
const insertAnswer = (roundId: string, itemId: string, step: string | null, confidence: number | null) =>
  t.db.execute(sql`INSERT INTO outcome_answers (tenant_id, round_id, item_id, item_version, step, confidence)
    VALUES (${demo.tenantId}, ${roundId}, ${itemId}, 1, ${step}, ${confidence})`);

/** The SQLSTATE and constraint a failed statement reports, however the driver wraps it. */
/** What `refusal` gives for a row that a CHECK constraint refused. */
const checkFailed = (constraint: string) => ({ code: '23514', constraint });

async function refusal(statement: Promise<unknown>) {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: Record<string, unknown> }).cause ?? (error as Record<string, unknown>);
    return { code: cause.code, constraint: cause.constraint_name ?? cause.constraint };
  }
  return null;
}

beforeAll(async () => {
  t = await createTestApp();
  other = await createOtherTenant({ t });
  const [row] = await queryRows<typeof demo & { database: string }>({
    db: t.db,
    query: sql`SELECT i.tenant_id AS "tenantId", i.client_id AS "clientId", i.programme_id AS "programmeId",
        u.id AS "userId", u.organisation_id AS "orgId", current_database() AS database
      FROM intakes i JOIN users u ON u.email = 'sociaal@ocmw-gent.demo'
      WHERE i.decision = 'approved' LIMIT 1`,
  });
  demo = row!;
  const url = new URL(getTestDatabaseAppUrl()!);
  url.pathname = `/${row!.database}`;
  app = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await insertRound('ocr_pg_baseline');
  await insertAnswer('ocr_pg_baseline', 'connect_wifi', 'with_help', null);
  await insertAnswer('ocr_pg_baseline', 'confidence', null, 4);
});
afterAll(async () => {
  await app?.end();
  await t?.close();
});

describe('the database keeps the outcome rounds whole', () => {
  it('refuses a second round of the same kind for the same client and programme', async () => {
    expect(await refusal(insertRound('ocr_pg_again'))).toEqual({
      code: '23505',
      constraint: 'outcome_rounds_one_per_client_round',
    });
  });

  it('refuses a confidence outside 0 to 10, a step outside the scale, and a value of the wrong kind', async () => {
    await insertRound('ocr_pg_end', 'end');
    expect(await refusal(insertAnswer('ocr_pg_end', 'confidence', null, 11))).toEqual(
      checkFailed('outcome_answers_confidence_range'),
    );
    expect(await refusal(insertAnswer('ocr_pg_end', 'open_app', 'sometimes', null))).toEqual(
      checkFailed('outcome_answers_step_valid'),
    );
    expect(await refusal(insertAnswer('ocr_pg_end', 'open_app', null, 3))).toEqual(
      checkFailed('outcome_answers_value_fits_item'),
    );
    expect(await refusal(insertAnswer('ocr_pg_end', 'confidence', 'on_my_own', null))).toEqual(
      checkFailed('outcome_answers_value_fits_item'),
    );
    expect(await refusal(insertAnswer('ocr_pg_end', 'not_an_item', 'cannot', null))).toEqual(
      checkFailed('outcome_answers_item_valid'),
    );
  });

  it('refuses a round kind or a way of taking it that does not exist', async () => {
    expect(await refusal(insertRound('ocr_pg_odd', 'follow_up_12m'))).toEqual(
      checkFailed('outcome_rounds_round_valid'),
    );
  });
});

describe('row-level security on the outcome rounds', () => {
  it("shows another tenant's context neither the rounds nor their answers", async () => {
    await asApp(other.tenantId, async () => {
      expect((await app`SELECT count(*)::int AS n FROM outcome_rounds`)[0]!.n).toBe(0);
      expect((await app`SELECT count(*)::int AS n FROM outcome_answers`)[0]!.n).toBe(0);
    });
    await asApp(demo.tenantId, async () => {
      expect(
        (await app`SELECT count(*)::int AS n FROM outcome_answers WHERE round_id = 'ocr_pg_baseline'`)[0]!.n,
      ).toBe(2);
    });
  });

  it("refuses to write a round into another tenant's rows", async () => {
    await asApp(demo.tenantId, async () => {
      const written = await refusal(
        app`INSERT INTO outcome_rounds (id, tenant_id, client_id, programme_id, round, mode, taken_on,
            taken_by_user_id, taken_by_org_id, taken_by_org_kind, taken_by_role)
          VALUES ('ocr_pg_foreign', ${other.tenantId}, ${other.clientId}, ${demo.programmeId}, 'baseline', 'phone',
            '2025-03-01', ${demo.userId}, ${demo.orgId}, 'welfare', 'social_worker')`,
      );
      expect(written?.code).toBe('42501');
    });
  });
});
