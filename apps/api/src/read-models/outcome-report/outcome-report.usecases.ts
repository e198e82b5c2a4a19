import {
  type ClientLanguage,
  compareOutcomeGroups,
  expectedOutcomeRounds,
  isClientLanguage,
  OUTCOME_MIN_RESPONDENTS,
  type OutcomeAnswer,
  type OutcomeClient,
  type OutcomeGroup,
  type OutcomeItemId,
  type OutcomeRound,
  type OutcomeTaskStep,
  outcomeItemsAsked,
} from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../ground/database/database';
import { toFreshnessBody } from '../../ground/database/database.freshness.schemas';
import type { ClientArgs, TenantArgs } from '../../ground/http/request-context';
import { toLocalDate } from '../../ground/shared/clock';
import { createBrandingRepository } from '../../records/branding/branding.repository';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { createProgrammesRepository } from '../../records/programmes/programmes.repository';
import {
  assumedProgrammeCosts,
  readOutcomeMeasureSettings,
  readProgrammeSettings,
} from '../../records/programmes/programmes.settings';
import { requireProgramme } from '../../records/programmes/programmes.usecases';
import { createOutcomesRepository } from '../../tracks/outcomes/outcomes.repository';
import { renderOutcomeQuestionnaire } from './outcome-questionnaire.document';
import { roundLabel } from './outcome-report.labels';
import {
  createOutcomeReportRepository,
  type OutcomeReportAnswerRow,
  type OutcomeReportClientRow,
} from './outcome-report.repository';
import {
  OUTCOME_VARIATIONS,
  type OutcomeComparison,
  type OutcomeFunderReport,
  type OutcomeGroupReportBody,
  type OutcomeVariation,
} from './outcome-report.schemas';

const ASSUMPTION_OF = {
  laptopCents: 'laptop_value',
  chequeHourCents: 'cheque_hour_cost',
  lessonHourCents: 'lesson_hour_cost',
} as const;

/**
 * What turns use into money: the programme's own costs (a laptop, an hour of home help, a lesson hour),
 * a cheque worth its minutes of home help, and which costs are still the defaults because the
 * programme never set them.
 */
export function outcomeCostBasis({ stored }: { stored: Record<string, unknown> | null | undefined }) {
  const settings = readProgrammeSettings({ stored });
  const { costs } = settings;
  return {
    laptopValueCents: costs.laptopCents,
    chequeHourCostCents: costs.chequeHourCents,
    chequeValueCents: Math.round((costs.chequeHourCents * settings.minutesPerCheque) / 60),
    lessonHourCostCents: costs.lessonHourCents,
    assumptions: assumedProgrammeCosts({ stored }).map((key) => ASSUMPTION_OF[key]),
  };
}

/** The seed of a programme's bootstrap: fixed by its id, so the same answers give the same intervals. */
export function outcomeSeedOf(programmeId: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < programmeId.length; index += 1) {
    hash = Math.imul(hash ^ programmeId.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The variation a client's package followed, from the package agreed at intake and the buddy pairings
 * recorded: a Digibuddy first, then the basic course with cheques (`standard`), cheques without the
 * course (`extra_cheques`), or the laptop alone.
 */
export function variationOf(client: Pick<OutcomeReportClientRow, 'package' | 'has_buddy'>): OutcomeVariation {
  const chosen = client.package ?? {};
  if (client.has_buddy || chosen.digibuddy === true) return 'digibuddy';
  if (chosen.basicCourse === true) return 'standard';
  if ((chosen.cheques ?? 0) > 0) return 'extra_cheques';
  return 'laptop_only';
}

function answersByClient(rows: readonly OutcomeReportAnswerRow[]) {
  const byClient = new Map<string, Partial<Record<OutcomeRound, OutcomeAnswer[]>>>();
  for (const row of rows) {
    const rounds = byClient.get(row.client_id) ?? {};
    byClient.set(row.client_id, rounds);
    rounds[row.round] = (row.answers ?? '').split(',').flatMap((packed) => {
      const [itemId, version, value] = packed.split(':');
      if (!itemId || !version || value === undefined) return [];
      return [
        {
          itemId: itemId as OutcomeItemId,
          version: Number(version),
          value: itemId === 'confidence' ? Number(value) : (value as OutcomeTaskStep),
        },
      ];
    });
  }
  return byClient;
}

/**
 * Everything the comparison and the funder's report are computed from: the programme from the
 * primary, its waves, clients and answers through `ctx.readReport` (the standby when one is set).
 */
async function loadProgramme({
  ctx,
  programmeId,
  periodFrom,
  periodTo,
  timeZone,
}: TenantArgs<{
  programmeId: string | undefined;
  periodFrom: string | undefined;
  periodTo: string | undefined;
  timeZone: string;
}>) {
  const { db, tenantId } = ctx;
  const { programme } = await requireProgramme({ db, tenantId, programmeId });
  const {
    value: [{ waves }, { clients }, { answers }],
    freshness,
  } = await ctx.readReport((reportDb) => {
    const repository = createOutcomeReportRepository({ db: reportDb });
    return Promise.all([
      repository.listWaves({ tenantId, programmeId: programme.id }),
      repository.listClients({ tenantId, programmeId: programme.id, periodFrom, periodTo, timeZone }),
      repository.listAnswers({ tenantId, programmeId: programme.id }),
    ]);
  });
  return { programme, waves, clients, answers, freshness };
}

/**
 * The project lead's comparison of a programme: the programme as a whole, each wave and each variation
 * side by side (never ranked), on the change from `from` to `to`, computed by the domain's
 * `compareOutcomeGroups` with the programme's own seed. Clients are those approved with their intake
 * in the period; rounds count as expected when taken or past their due day today.
 */
export async function buildOutcomeComparison({
  ctx,
  query,
  timeZone,
}: TenantArgs<{
  query: {
    programmeId?: string | undefined;
    periodFrom?: string | undefined;
    periodTo?: string | undefined;
    from: OutcomeRound;
    to: OutcomeRound;
  };
  timeZone: string;
}>): Promise<{ comparison: OutcomeComparison; clients: OutcomeReportClientRow[] }> {
  const { programme, waves, clients, answers, freshness } = await loadProgramme({
    ctx,
    programmeId: query.programmeId,
    periodFrom: query.periodFrom,
    periodTo: query.periodTo,
    timeZone,
  });
  const { windows } = readOutcomeMeasureSettings({ stored: programme.settings });
  const today = toLocalDate({ instant: ctx.clock.now(), timeZone });
  const answered = answersByClient(answers);
  const costBasis = outcomeCostBasis({ stored: programme.settings });

  const outcomeClients = clients.map((row) => {
    const rounds = answered.get(row.client_id) ?? {};
    const taken = Object.keys(rounds) as OutcomeRound[];
    const client: OutcomeClient = {
      clientId: row.client_id,
      droppedOut: row.closure_kind === 'dropped_out',
      expectedRounds: expectedOutcomeRounds({
        schedule: { intakeOn: row.intake_on, endOn: row.end_on },
        taken,
        today,
        windows,
      }).rounds,
      answers: rounds,
      cost: {
        laptopValueCents: row.laptops * costBasis.laptopValueCents,
        chequesUsed: row.cheques_used,
        lessonHours: row.lesson_hours,
      },
    };
    return { row, client };
  });

  const labels = new Map<string, { kind: OutcomeGroupReportBody['kind']; label: string }>();
  const groups: OutcomeGroup[] = [];
  const addGroup = (
    key: string,
    kind: OutcomeGroupReportBody['kind'],
    label: string,
    members: OutcomeClient[],
  ) => {
    labels.set(key, { kind, label });
    groups.push({ key, clients: members });
  };
  addGroup(
    `programme:${programme.id}`,
    'programme',
    programme.name,
    outcomeClients.map(({ client }) => client),
  );
  const withoutWave = outcomeClients.filter(({ row }) => row.wave_id === null);
  for (const wave of waves) {
    const members = outcomeClients.filter(({ row }) => row.wave_id === wave.id);
    if (members.length > 0)
      addGroup(
        `wave:${wave.id}`,
        'wave',
        wave.name,
        members.map(({ client }) => client),
      );
  }
  if (withoutWave.length > 0) {
    addGroup(
      'wave:none',
      'wave',
      '',
      withoutWave.map(({ client }) => client),
    );
  }
  for (const variation of OUTCOME_VARIATIONS) {
    addGroup(
      `variation:${variation}`,
      'variation',
      variation,
      outcomeClients.filter(({ row }) => variationOf(row) === variation).map(({ client }) => client),
    );
  }

  const seed = outcomeSeedOf(programme.id);
  const report = compareOutcomeGroups({
    groups,
    from: query.from,
    to: query.to,
    seed,
    rates: {
      chequeValueCents: costBasis.chequeValueCents,
      lessonHourCostCents: costBasis.lessonHourCostCents,
    },
  });
  const rows: OutcomeGroupReportBody[] = report.groups.map((group) => ({
    ...(group as unknown as OutcomeGroupReportBody),
    ...labels.get(group.key)!,
    responses: [...group.responses],
  }));
  return {
    comparison: {
      programme: { id: programme.id, name: programme.name },
      period: { from: query.periodFrom ?? null, to: query.periodTo ?? null },
      asOf: today,
      from: query.from,
      to: query.to,
      seed,
      minimum: OUTCOME_MIN_RESPONDENTS,
      costBasis,
      programmeGroup: rows.find((row) => row.kind === 'programme')!,
      byWave: rows.filter((row) => row.kind === 'wave'),
      byVariation: rows.filter((row) => row.kind === 'variation'),
      freshness: toFreshnessBody(freshness),
    },
    clients,
  };
}

/**
 * The funder's report of a programme and period: the comparison, and the delivery figures over the
 * same clients (clients reached, laptops handed out, cheques used and the hours of home help they are
 * worth, attendance at the sessions marked, referrals after the course). Audited.
 */
export async function buildOutcomeFunderReport({
  ctx,
  query,
  timeZone,
  format,
}: TenantArgs<{
  query: Parameters<typeof buildOutcomeComparison>[0]['query'];
  timeZone: string;
  format: 'xlsx' | 'pdf';
}>): Promise<OutcomeFunderReport> {
  const { comparison, clients } = await buildOutcomeComparison({ ctx, query, timeZone });
  const { programme } = await createProgrammesRepository({ db: ctx.db }).findProgramme({
    tenantId: ctx.tenantId,
    programmeId: comparison.programme.id,
  });
  const settings = readProgrammeSettings({ stored: programme!.settings });
  const sum = (pick: (row: OutcomeReportClientRow) => number) =>
    clients.reduce((total, row) => total + pick(row), 0);
  const chequesUsed = sum((row) => row.cheques_used);
  const sessionsAttended = sum((row) => row.sessions_attended);
  const sessionsPlanned = sum((row) => row.sessions_marked);
  // Audited on the primary, whichever copy the figures came from.
  await ctx.audit({
    action: 'report.export',
    resource: `outcome-report:${comparison.programme.id}:${format}`,
  });
  return {
    ...comparison,
    delivery: {
      clientsReached: clients.length,
      laptopsHandedOut: sum((row) => row.laptops),
      chequesUsed,
      homeHelpHours: Math.round((chequesUsed * settings.minutesPerCheque * 100) / 60) / 100,
      sessionsAttended,
      sessionsPlanned,
      attendanceRate: sessionsPlanned === 0 ? null : sessionsAttended / sessionsPlanned,
      referrals: sum((row) => row.referrals),
    },
  };
}

/**
 * The printable questionnaire of one round for a client, in the client's language unless another is
 * asked: the items the client's programme asks. Audited as a document of the client.
 */
export async function buildOutcomeQuestionnaire({
  ctx,
  clientId,
  round,
  language,
  timeZone,
}: ClientArgs<{ round: OutcomeRound; language: string | undefined; timeZone: string }>): Promise<{
  pdf: Buffer;
  fileName: string;
}> {
  const { db, tenantId } = ctx;
  const repository = createOutcomesRepository({ db });
  const { client } = await repository.findClient({ clientId, tenantId });
  if (!client) throw createClientNotFoundError();
  const { intake } = await repository.findIntake({ clientId, tenantId, timeZone });
  const [names] = await queryRows<{ first_name: string; last_name: string }>({
    db,
    query: sql`SELECT first_name, last_name FROM clients WHERE id = ${clientId}`,
  });
  const printIn =
    [language, client.preferred_language].find(
      (candidate): candidate is ClientLanguage => candidate !== undefined && isClientLanguage(candidate),
    ) ?? 'nl';
  const settings = readOutcomeMeasureSettings({ stored: intake?.settings });
  const { branding } = await createBrandingRepository({ db }).getDocumentBranding({ tenantId });
  const pdf = await renderOutcomeQuestionnaire({
    language: printIn,
    items: outcomeItemsAsked({ settings }),
    round,
    roundLabel: `${roundLabel('nl', round)} (${round})`,
    clientName: `${names!.first_name} ${names!.last_name}`,
    branding,
  });
  await ctx.audit({
    action: 'document.render',
    resource: `outcome-questionnaire:${round}:${printIn}`,
    clientId,
  });
  return { pdf, fileName: `vragenlijst-${round}-${printIn}.pdf` };
}
