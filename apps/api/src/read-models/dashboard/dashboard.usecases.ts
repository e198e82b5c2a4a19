import {
  compareReminderEffect,
  type MissedAppointments,
  REMINDER_EFFECT_MIN_APPOINTMENTS,
  TRAJECTORY_END_REASONS,
  type TrajectoryEndReason,
  toCalendarDate,
} from '@digipakket/domain';
import { toFreshnessBody } from '../../ground/database/database.freshness.schemas';
import type { DataFreshness } from '../../ground/database/database.standby';
import type { TenantArgs, TenantContext } from '../../ground/http/request-context';
import { createWaveNotFoundError } from '../../records/programmes/programmes.errors';
import { createProgrammesRepository } from '../../records/programmes/programmes.repository';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { requireProgramme } from '../../records/programmes/programmes.usecases';
import type { FiguresCache } from './dashboard.cache';
import { listReminderEffect, type ReminderEffectRow } from './dashboard.reminders.repository';
import {
  createDashboardRepository,
  type DashboardFigures,
  type DashboardScope,
} from './dashboard.repository';
import {
  type Dashboard,
  type DashboardClients,
  type DashboardFigure,
  FUNNEL_STEPS,
} from './dashboard.schemas';

async function resolveScope({
  ctx,
  programmeId,
  waveId,
}: TenantArgs<{ programmeId: string | undefined; waveId: string | undefined }>) {
  const { db, clock, tenantId } = ctx;
  const { programme } = await requireProgramme({ db, tenantId, programmeId });
  const { wave } = waveId
    ? await createProgrammesRepository({ db }).findWave({ tenantId, waveId })
    : { wave: undefined };
  if (waveId && (!wave || wave.programmeId !== programme.id)) throw createWaveNotFoundError();
  const settings = readProgrammeSettings({ stored: programme.settings });
  const scope: DashboardScope = {
    tenantId,
    programmeId: programme.id,
    waveId: wave?.id ?? null,
    sessionsToComplete: settings.sessionsToComplete,
    chequeExpiringDays: settings.followUp.chequeExpiringDays,
    today: toCalendarDate({ instant: clock.now() }),
  };
  return { scope, programme, wave };
}

/** The reminder comparison per wave, waves by name, the clients without a wave last. */
function reminderEffectByWave(rows: readonly ReminderEffectRow[]): Dashboard['reminderEffect'] {
  const empty = (): MissedAppointments => ({ appointments: 0, missed: 0 });
  const waves = new Map<
    string,
    { wave: { id: string; name: string } | null; counts: Record<string, MissedAppointments> }
  >();
  for (const row of rows) {
    const key = row.wave_id ?? '';
    let entry = waves.get(key);
    if (!entry) {
      entry = {
        wave: row.wave_id ? { id: row.wave_id, name: row.wave_name ?? '' } : null,
        counts: {},
      };
      waves.set(key, entry);
    }
    const group = `${row.kind}:${row.with_reminder}`;
    const counts = entry.counts[group] ?? empty();
    entry.counts[group] = counts;
    counts.appointments += row.appointments;
    counts.missed += row.missed;
  }
  const compare = (counts: Record<string, MissedAppointments>, kind: 'visit' | 'lesson') =>
    compareReminderEffect({
      withReminder: counts[`${kind}:true`] ?? empty(),
      withoutReminder: counts[`${kind}:false`] ?? empty(),
    });
  return {
    minimumPerGroup: REMINDER_EFFECT_MIN_APPOINTMENTS,
    waves: [...waves.values()]
      .sort((a, b) => (a.wave === null ? 1 : b.wave === null ? -1 : a.wave.name.localeCompare(b.wave.name)))
      .map((entry) => ({
        wave: entry.wave,
        visits: compare(entry.counts, 'visit'),
        lessons: compare(entry.counts, 'lesson'),
      })),
  };
}

/** What the dashboard reads, in one transaction of the standby or the primary, and how fresh it is. */
export type DashboardReads = {
  value: {
    figures: DashboardFigures;
    endings: Awaited<ReturnType<ReturnType<typeof createDashboardRepository>['getEndings']>>['rows'];
    reminderRows: ReminderEffectRow[];
  };
  freshness: DataFreshness;
};

/**
 * The project lead's figures for a programme (by default the current one) or one of its waves. The
 * programme is looked up on the primary; the figures are read through `ctx.readReport` (the standby
 * when one is set) and say how fresh they are.
 */
export async function getDashboard({
  ctx,
  programmeId,
  waveId,
  cache,
}: {
  ctx: TenantContext;
  programmeId?: string | undefined;
  waveId?: string | undefined;
  /** Shares reads between requests of the same scope; see `createFiguresCache`. */
  cache?: FiguresCache<DashboardReads>;
}): Promise<{ dashboard: Dashboard }> {
  const { scope, programme, wave } = await resolveScope({ ctx, programmeId, waveId });
  const load = () =>
    ctx.readReport(async (db) => {
      const repository = createDashboardRepository({ db });
      const [figures, { rows: endings }, { rows: reminderRows }] = await Promise.all([
        repository.getFigures({ scope }),
        repository.getEndings({ scope }),
        listReminderEffect({ db, scope }),
      ]);
      return { figures, endings, reminderRows };
    });
  const {
    value: { figures, endings, reminderRows },
    freshness,
  } = cache ? await cache.get({ key: JSON.stringify(scope), load }) : await load();
  const { marks, attended } = figures.attendance;
  const byReason = new Map<TrajectoryEndReason, number>();
  for (const row of endings) {
    if (row.kind === 'completed') continue;
    // An early end recorded before its reason was kept counts as `other`.
    const reason = (TRAJECTORY_END_REASONS as readonly string[]).includes(row.reason ?? '')
      ? (row.reason as TrajectoryEndReason)
      : 'other';
    byReason.set(reason, (byReason.get(reason) ?? 0) + row.clients);
  }
  return {
    dashboard: {
      programme: { id: programme.id, name: programme.name },
      wave: wave ? { id: wave.id, name: wave.name } : null,
      funnel: FUNNEL_STEPS.map((step) => ({ step, clients: figures.funnel[step] })),
      partners: {
        medianDaysToFirstVisit: figures.medianDaysToFirstVisit,
        clientsVisited: figures.clientsVisited,
        clientsAwaitingFirstVisit: figures.clientsAwaitingFirstVisit,
        medianDaysAwaitingFirstVisit: figures.medianDaysAwaitingFirstVisit,
        chequesIssued: figures.cheques.issued,
        chequesUsed: figures.cheques.used,
        chequesOpen: figures.cheques.open,
        chequesExpiring: figures.cheques.expiring,
        chequesExpired: figures.cheques.expired,
        attendanceMarks: marks,
        attended,
        attendanceRate: marks === 0 ? null : Math.round((attended / marks) * 1000) / 1000,
      },
      signals: figures.signals.map((row) => ({
        kind: row.kind,
        owner: row.owner as Dashboard['signals'][number]['owner'],
        open: row.open,
      })),
      stock: figures.stock,
      endings: {
        completed: endings
          .filter((row) => row.kind === 'completed')
          .reduce((sum, row) => sum + row.clients, 0),
        endedEarly: [...byReason.values()].reduce((sum, clients) => sum + clients, 0),
        byReason: TRAJECTORY_END_REASONS.filter((reason) => byReason.has(reason)).map((reason) => ({
          reason,
          clients: byReason.get(reason)!,
        })),
      },
      reminderEffect: reminderEffectByWave(reminderRows),
      freshness: toFreshnessBody(freshness),
    },
  };
}

/** The clients behind one figure; reading their names is audited like any list of client data. */
export async function listDashboardClients({
  ctx,
  figure,
  programmeId,
  waveId,
  limit,
  offset,
}: TenantArgs<{
  figure: DashboardFigure;
  programmeId?: string | undefined;
  waveId?: string | undefined;
  limit: number;
  offset: number;
}>): Promise<DashboardClients> {
  const { scope } = await resolveScope({ ctx, programmeId, waveId });
  const {
    value: { clients, total },
    freshness,
  } = await ctx.readReport((db) =>
    createDashboardRepository({ db }).listFigureClients({ scope, figure, limit, offset }),
  );
  // The reading is audited on the primary, whichever copy the names came from.
  await ctx.audit({
    tenantId: scope.tenantId,
    action: 'dashboard.clients_read',
    resource: `figure:${figure}`,
    purpose: 'programme_follow_up',
  });
  return { figure, items: clients, total, freshness: toFreshnessBody(freshness) };
}
