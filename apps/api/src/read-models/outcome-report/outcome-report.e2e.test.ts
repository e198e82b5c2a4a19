import { OUTCOME_FOUNDATION_ITEM_IDS, OUTCOME_ITEM_IDS, OUTCOME_TASK_STEPS } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { activeProgrammeId } from '../../roof/testing/demo-rows';
import type { TestApp, TestResponse } from '../../roof/testing/test-app';

let t: TestApp;
let lead: string;
let social: string;
let programmeId: string;
type Group = {
  key: string;
  kind: string;
  clients: number;
  dropOuts: number;
  paired: number;
  responses: { round: string; expected: number; respondents: number; rate: number | null }[];
  cost: { perClientCents: number | null; totalCents: number };
  /** As the API answers it: the test reads the parts its group has. */
  comparison: Awaited<ReturnType<TestResponse['json']>>;
};

/**
 * Every approved client of the demo's programme answers the baseline; the trajectories end a month
 * before today; the end round is answered by 20 of the larger wave and 6 of the smaller one, so one
 * wave can be compared and the other is too small. Answers vary with the client's place in the list.
 */
async function seedRounds() {
  const intakes = await queryRows<{
    client_id: string;
    tenant_id: string;
    wave_id: string;
    intake_on: string;
  }>({
    db: t.db,
    query: sql`SELECT i.client_id, i.tenant_id, i.wave_id,
        to_char((COALESCE(i.decided_at, i.created_at) AT TIME ZONE 'Europe/Brussels')::date, 'YYYY-MM-DD') AS intake_on
      FROM intakes i WHERE i.programme_id = ${programmeId} AND i.decision = 'approved' ORDER BY i.client_id`,
  });
  await t.db.execute(sql`UPDATE intakes SET closure_kind = 'completed', closure_reason = 'Afgerond',
      closed_at = ${new Date(t.clock.now().getTime() - 30 * 86_400_000).toISOString()}::timestamptz
    WHERE programme_id = ${programmeId} AND decision = 'approved' AND closure_kind IS NULL`);
  const [worker] = await queryRows<{ id: string; organisation_id: string }>({
    db: t.db,
    query: sql`SELECT id, organisation_id FROM users WHERE email = 'sociaal@ocmw-gent.demo'`,
  });
  const waveSizes = new Map<string, number>();
  for (const intake of intakes) waveSizes.set(intake.wave_id, (waveSizes.get(intake.wave_id) ?? 0) + 1);
  const bigWave = [...waveSizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const endTaken = new Map<string, number>();
  for (const [index, intake] of intakes.entries()) {
    const rounds: ('baseline' | 'end')[] = ['baseline'];
    const taken = endTaken.get(intake.wave_id) ?? 0;
    if (taken < (intake.wave_id === bigWave ? 20 : 6)) {
      rounds.push('end');
      endTaken.set(intake.wave_id, taken + 1);
    }
    for (const round of rounds) {
      const id = `ocr_test${index}${round}`;
      await t.db.execute(sql`INSERT INTO outcome_rounds (id, tenant_id, client_id, programme_id, round, mode,
          taken_on, taken_by_user_id, taken_by_org_id, taken_by_org_kind, taken_by_role)
        VALUES (${id}, ${intake.tenant_id}, ${intake.client_id}, ${programmeId}, ${round}, 'in_person',
          ${round === 'baseline' ? intake.intake_on : '2025-02-10'}, ${worker!.id}, ${worker!.organisation_id}, 'welfare', 'social_worker')`);
      for (const [itemIndex, itemId] of OUTCOME_ITEM_IDS.entries()) {
        const lift = round === 'end' ? 1 + ((index + itemIndex) % 3) : 0;
        const step = OUTCOME_TASK_STEPS[Math.min(3, ((index * 7 + itemIndex) % 2) + lift)]!;
        const confidence = Math.min(10, (index % 5) + (round === 'end' ? (index % 4) + 1 : 0));
        await t.db.execute(sql`INSERT INTO outcome_answers (tenant_id, round_id, item_id, item_version, step, confidence)
          VALUES (${intake.tenant_id}, ${id}, ${itemId}, 1, ${itemId === 'confidence' ? null : step},
            ${itemId === 'confidence' ? confidence : null})`);
      }
    }
  }
  return { bigWave };
}

/** The same figures counted straight from the tables, without the API or the domain package. */
async function countedInSql(waveId: string | null) {
  const inWave = waveId === null ? sql`TRUE` : sql`i.wave_id = ${waveId}`;
  const [counts] = await queryRows<{
    clients: number;
    baseline: number;
    ended: number;
    end_taken: number;
    end_expected: number;
  }>({
    db: t.db,
    query: sql`SELECT count(*)::int AS clients,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outcome_rounds r WHERE r.client_id = i.client_id AND r.round = 'baseline'))::int AS baseline,
        count(*) FILTER (WHERE i.closure_kind = 'dropped_out')::int AS ended,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outcome_rounds r WHERE r.client_id = i.client_id AND r.round = 'end'))::int AS end_taken,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outcome_rounds r WHERE r.client_id = i.client_id AND r.round = 'end')
          OR (i.closed_at AT TIME ZONE 'Europe/Brussels')::date < DATE '2025-03-12')::int AS end_expected
      FROM intakes i WHERE i.programme_id = ${programmeId} AND i.decision = 'approved' AND ${inWave}`,
  });
  const onOwn = (alias: string) => sql.raw(`(${alias}.step IN ('on_my_own', 'can_show_others'))::int`);
  const foundation = sql.raw(OUTCOME_FOUNDATION_ITEM_IDS.map((id) => `'${id}'`).join(', '));
  const [change] = await queryRows<{
    paired: number;
    tasks_mean: number;
    tasks_median: number;
    confidence_mean: number;
    confidence_median: number;
    foundation_after: number;
  }>({
    db: t.db,
    query: sql`WITH pairs AS (
        SELECT b.client_id,
          sum(${onOwn('ea')} - ${onOwn('ba')}) FILTER (WHERE ba.item_id <> 'confidence') AS tasks,
          max(ea.confidence - ba.confidence) FILTER (WHERE ba.item_id = 'confidence') AS confidence,
          count(*) FILTER (WHERE ea.item_id IN (${foundation}) AND ${onOwn('ea')} = 1) = ${OUTCOME_FOUNDATION_ITEM_IDS.length} AS all_after
        FROM outcome_rounds b
        JOIN outcome_rounds e ON e.client_id = b.client_id AND e.round = 'end'
        JOIN outcome_answers ba ON ba.round_id = b.id
        JOIN outcome_answers ea ON ea.round_id = e.id AND ea.item_id = ba.item_id AND ea.item_version = ba.item_version
        JOIN intakes i ON i.client_id = b.client_id AND i.programme_id = ${programmeId}
        WHERE b.round = 'baseline' AND ${inWave}
        GROUP BY b.client_id)
      SELECT count(*)::int AS paired, avg(tasks)::float8 AS tasks_mean,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY tasks)::float8 AS tasks_median,
        avg(confidence)::float8 AS confidence_mean,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY confidence)::float8 AS confidence_median,
        count(*) FILTER (WHERE all_after)::int AS foundation_after
      FROM pairs`,
  });
  return { ...counts!, ...change! };
}

signedInAppForFile(
  { lead: 'projectleider@ocmw-gent.demo', social: 'sociaal@ocmw-gent.demo' },
  async (started) => {
    ({ t, lead, social } = started);
    programmeId = await activeProgrammeId(t.db);
  },
);

type CostSettings = {
  minutesPerCheque: number;
  costs: Record<'laptopCents' | 'chequeHourCents' | 'lessonHourCents', number>;
};

/** The programme's cost counted straight from the tables at the given costs: laptops, cheques used, lesson hours. */
async function expectedCostCents(settings: CostSettings): Promise<number> {
  const [used] = await queryRows<{ laptops: number; cheques: number; hours: number }>({
    db: t.db,
    query: sql`SELECT
        (SELECT count(DISTINCT e.device_id) FROM device_events e JOIN intakes i ON i.client_id = e.client_id
          AND i.programme_id = ${programmeId} AND i.decision = 'approved' WHERE e.to_status = 'handed_out')::int AS laptops,
        (SELECT count(*) FROM cheques c WHERE c.programme_id = ${programmeId} AND c.status = 'redeemed')::int AS cheques,
        (SELECT COALESCE(sum(EXTRACT(EPOCH FROM (s.end_time - s.start_time)) / 3600), 0) FROM attendance a
          JOIN enrolments en ON en.id = a.enrolment_id JOIN course_sessions s ON s.id = a.session_id
          JOIN intakes i ON i.client_id = en.client_id AND i.programme_id = ${programmeId} AND i.decision = 'approved'
          WHERE a.status IN ('present', 'late'))::float8 AS hours`,
  });
  const chequeCents = Math.round((settings.costs.chequeHourCents * settings.minutesPerCheque) / 60);
  return (
    used!.laptops * settings.costs.laptopCents +
    used!.cheques * chequeCents +
    Math.round(used!.hours * settings.costs.lessonHourCents)
  );
}

describe("the project lead's comparison", () => {
  let bigWave: string;
  let comparison: {
    programmeGroup: Group;
    byWave: Group[];
    byVariation: Group[];
    seed: number;
  };

  beforeAll(async () => {
    ({ bigWave } = await seedRounds());
    const res = await t.request('/api/outcome-report/comparison', { cookie: lead });
    expect(res.status).toBe(200);
    comparison = await res.json();
  });

  it('matches the database counted independently: clients, drop-outs, response rates and the change', async () => {
    for (const group of [comparison.programmeGroup, ...comparison.byWave]) {
      const waveId = group.kind === 'wave' ? group.key.slice('wave:'.length) : null;
      const counted = await countedInSql(waveId);
      expect(group.clients).toBe(counted.clients);
      expect(group.dropOuts).toBe(counted.ended);
      const baseline = group.responses.find((response) => response.round === 'baseline')!;
      expect(baseline).toEqual({
        round: 'baseline',
        expected: counted.clients,
        respondents: counted.baseline,
        rate: counted.baseline / counted.clients,
      });
      const end = group.responses.find((response) => response.round === 'end')!;
      expect(end.respondents).toBe(counted.end_taken);
      expect(end.expected).toBe(counted.end_expected);
      expect(group.paired).toBe(counted.paired);
      if (group.comparison.status === 'shown') {
        expect(group.comparison.tasksOnOwn.mean).toBeCloseTo(counted.tasks_mean, 10);
        expect(group.comparison.tasksOnOwn.median).toBe(counted.tasks_median);
        expect(group.comparison.confidence.mean).toBeCloseTo(counted.confidence_mean, 10);
        expect(group.comparison.confidence.median).toBe(counted.confidence_median);
        expect(group.comparison.foundation.to.reached).toBe(counted.foundation_after);
      }
    }
  });

  it('shows a wave with fewer than ten who answered both rounds as too few to compare, with no figures', () => {
    const small = comparison.byWave.find((group) => group.key !== `wave:${bigWave}`)!;
    expect(small.paired).toBe(6);
    expect(small.comparison).toEqual({ status: 'too_few', respondents: 6, minimum: 10 });
    const big = comparison.byWave.find((group) => group.key === `wave:${bigWave}`)!;
    expect(big.comparison.status).toBe('shown');
    expect(big.comparison.tasksOnOwn.meanInterval.low).toBeLessThanOrEqual(big.comparison.tasksOnOwn.mean);
    expect(big.comparison.tasksOnOwn.meanInterval.high).toBeGreaterThanOrEqual(
      big.comparison.tasksOnOwn.mean,
    );
  });

  it('puts every client in exactly one variation, and small variations get no figures', () => {
    const total = comparison.byVariation.reduce((sum, group) => sum + group.clients, 0);
    expect(total).toBe(comparison.programmeGroup.clients);
    expect(comparison.byVariation.map((group) => group.key)).toEqual([
      'variation:standard',
      'variation:extra_cheques',
      'variation:digibuddy',
      'variation:laptop_only',
    ]);
    for (const group of comparison.byVariation.filter((candidate) => candidate.paired < 10)) {
      expect(group.comparison.status).toBe('too_few');
      expect(group.comparison).not.toHaveProperty('tasksOnOwn');
    }
  });

  it('gives the same intervals every time, from the seed fixed per programme', async () => {
    const again = await (await t.request('/api/outcome-report/comparison', { cookie: lead })).json();
    expect(again.seed).toBe(comparison.seed);
    expect(again.byWave).toEqual(comparison.byWave);
  });

  it('counts the cost per client from the laptops handed out, the cheques used and the lessons attended', async () => {
    const { settings } = await (
      await t.request(`/api/programmes/${programmeId}/settings`, { cookie: lead })
    ).json();
    expect(comparison.programmeGroup.cost.totalCents).toBe(await expectedCostCents(settings));
  });

  it("answers the funder's workbook with the same figures and the delivery counted from the tables", async () => {
    const res = await t.request('/api/outcome-report/funder.xlsx?locale=en', { cookie: lead });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const outcomes = workbook.getWorksheet('Outcomes')!;
    const headers = outcomes.getRow(1).values as unknown[];
    const column = (header: string) => headers.indexOf(header);
    expect(outcomes.getRow(2).getCell(column('Clients')).value).toBe(comparison.programmeGroup.clients);
    const small = comparison.byWave.find((group) => group.key !== `wave:${bigWave}`)!;
    const smallRow = outcomes
      .getRows(2, outcomes.rowCount - 1)!
      .find(
        (row) =>
          row.getCell(column('Answered both rounds')).value === small.paired &&
          row.getCell(column('Group')).value === 'Wave',
      )!;
    expect(smallRow.getCell(column('Tasks on their own: mean change')).value).toBe('Too few to compare');
    const delivery = workbook.getWorksheet('Delivery')!;
    const value = (label: string) =>
      delivery
        .getRows(2, delivery.rowCount - 1)!
        .find((row) => row.getCell(1).value === label)!
        .getCell(2).value;
    const [counts] = await queryRows<{ clients: number; cheques: number; referred: number }>({
      db: t.db,
      query: sql`SELECT
          (SELECT count(*) FROM intakes WHERE programme_id = ${programmeId} AND decision = 'approved')::int AS clients,
          (SELECT count(*) FROM cheques WHERE programme_id = ${programmeId} AND status = 'redeemed')::int AS cheques,
          (SELECT count(*) FROM referrals r JOIN intakes i ON i.client_id = r.client_id AND i.programme_id = ${programmeId}
            AND i.decision = 'approved' WHERE r.decision = 'referred')::int AS referred`,
    });
    expect(value('Clients reached')).toBe(counts!.clients);
    expect(value('Cheques used')).toBe(counts!.cheques);
    expect(value('Referred after the course')).toBe(counts!.referred);
    expect(workbook.getWorksheet('Method')).toBeDefined();
  });

  it("answers the funder's PDF, and refuses both to the social worker", async () => {
    const res = await t.request('/api/outcome-report/funder.pdf', { cookie: lead });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await t.request('/api/outcome-report/funder.pdf', { cookie: social })).status).toBe(403);
    expect((await t.request('/api/outcome-report/comparison', { cookie: social })).status).toBe(403);
  });

  it("counts with the costs the project lead set for the programme, and prints them in the funder's method", async () => {
    const before = await (
      await t.request(`/api/programmes/${programmeId}/settings`, { cookie: lead })
    ).json();
    const costs = { laptopCents: 41_000, chequeHourCents: 5_500, lessonHourCents: 4_250 };
    const saved = await t.request(`/api/programmes/${programmeId}/settings`, {
      method: 'PUT',
      cookie: lead,
      body: { ...before.settings, costs },
    });
    expect(saved.status).toBe(200);
    const audited = await queryRows<{ n: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'programme.settings_update'
        AND resource = ${`programme:${programmeId}`}`,
    });
    expect(audited[0]!.n).toBeGreaterThan(0);

    const changed = await (await t.request('/api/outcome-report/comparison', { cookie: lead })).json();
    const expected = await expectedCostCents({ ...before.settings, costs });
    expect(changed.programmeGroup.cost.totalCents).toBe(expected);
    expect(changed.programmeGroup.cost.totalCents).not.toBe(comparison.programmeGroup.cost.totalCents);
    expect(changed.costBasis).toMatchObject({
      laptopValueCents: 41_000,
      chequeHourCostCents: 5_500,
      chequeValueCents: Math.round((5_500 * before.settings.minutesPerCheque) / 60),
      lessonHourCostCents: 4_250,
      assumptions: [],
    });

    const workbook = new ExcelJS.Workbook();
    const res = await t.request('/api/outcome-report/funder.xlsx?locale=en', { cookie: lead });
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const method = workbook.getWorksheet('Method')!;
    const lines = method.getColumn(1).values.map(String);
    expect(lines).toContain('Cost of a laptop: €410.00');
    expect(lines).toContain('Cost of a lesson hour: €42.50');

    await t.request(`/api/programmes/${programmeId}/settings`, {
      method: 'PUT',
      cookie: lead,
      body: before.settings,
    });
  });
});

describe('the printable questionnaire', () => {
  it("prints a round in the client's language for the social worker", async () => {
    const [client] = await queryRows<{ client_id: string }>({
      db: t.db,
      query: sql`SELECT client_id FROM intakes WHERE programme_id = ${programmeId} AND decision = 'approved' LIMIT 1`,
    });
    const res = await t.request(
      `/api/outcomes/clients/${client!.client_id}/questionnaire.pdf?round=end&language=ar`,
      {
        cookie: social,
      },
    );
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
