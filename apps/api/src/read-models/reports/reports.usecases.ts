import {
  assertNever,
  reconcileStatement,
  TRAJECTORY_END_REASONS,
  type TrajectoryEndReason,
  toCalendarDate,
} from '@digipakket/domain';
import type { Database } from '../../ground/database/database';
import { toFreshnessBody } from '../../ground/database/database.freshness.schemas';
import type { TenantArgs } from '../../ground/http/request-context';
import { createWaveNotFoundError } from '../../records/programmes/programmes.errors';
import { createProgrammesRepository } from '../../records/programmes/programmes.repository';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { requireProgramme } from '../../records/programmes/programmes.usecases';
import { reportLabel } from './reports.labels';
import { createReportsRepository, type ReportScope } from './reports.repository';
import type { Report, ReportKind } from './reports.schemas';

type Locale = 'nl' | 'en' | 'fr';
type Row = Report['rows'][number];

function columns(locale: Locale, keys: string[]): Report['columns'] {
  return keys.map((key) => ({ key, header: reportLabel({ locale, key }) }));
}

async function buildRows({
  db,
  kind,
  scope,
  locale,
  sessionsToComplete,
  today,
}: {
  db: Database;
  kind: ReportKind;
  scope: ReportScope;
  locale: Locale;
  sessionsToComplete: number;
  today: string;
}): Promise<{ columns: Report['columns']; rows: Row[] }> {
  const reports = createReportsRepository({ db });
  switch (kind) {
    case 'equipped-by-purpose': {
      const rows = await reports.equippedByPurpose({ scope });
      return {
        columns: columns(locale, ['purpose', 'clients']),
        rows: rows.map((row) => ({
          purpose: reportLabel({ locale, key: row.purpose }),
          clients: row.clients,
        })),
      };
    }
    case 'skills': {
      const rows = await reports.skills({ scope, sessionsToComplete });
      return {
        columns: columns(locale, ['level', 'assessed', 'trainingCompleted']),
        rows: rows.map((row) => ({
          level: reportLabel({ locale, key: row.level }),
          assessed: row.assessed,
          trainingCompleted: row.completed,
        })),
      };
    }
    case 'cheques': {
      const rows = await reports.cheques({ scope, today });
      return { columns: columns(locale, ['month', 'issued', 'used', 'expired']), rows };
    }
    case 'statements': {
      const { statements, lines, records, stated } = await reports.statements({ scope });
      const rows = statements.map((statement) => {
        const own = lines
          .filter((line) => line.statement_id === statement.id)
          .map((line) => ({ chequeCode: line.code, date: line.date, minutes: Number(line.minutes) }));
        const result = reconcileStatement({
          statement: {
            month: statement.month,
            lines: own.map((line) => ({ ...line, clientId: '', studentId: '', purpose: 'free' as const })),
          },
          records: records
            .filter((record) => record.org_id === statement.home_help_org_id)
            .map((record) => ({
              chequeCode: record.code,
              date: record.date,
              minutes: Number(record.minutes),
            })),
          alreadyStated: new Set(
            stated.filter((row) => row.statement_id !== statement.id).map((row) => row.code),
          ),
        });
        return {
          month: statement.month,
          partner: statement.partner,
          status: statement.status,
          onStatement: own.length,
          matched: result.matched.length,
          mismatched: result.mismatched.length,
          missing: result.missing.length,
          unknown: result.unknown.length,
          balanced: reportLabel({ locale, key: result.balanced ? 'yes' : 'no' }),
        };
      });
      return {
        columns: columns(locale, [
          'month',
          'partner',
          'status',
          'onStatement',
          'matched',
          'mismatched',
          'missing',
          'unknown',
          'balanced',
        ]),
        rows,
      };
    }
    case 'trajectory-endings': {
      const months = new Map<string, Row & { completed: number; endedEarly: number }>();
      for (const row of await reports.trajectoryEndings({ scope })) {
        let month = months.get(row.month);
        if (!month) {
          month = {
            month: row.month,
            completed: 0,
            endedEarly: 0,
            ...Object.fromEntries(TRAJECTORY_END_REASONS.map((reason) => [reason, 0])),
          };
          months.set(row.month, month);
        }
        if (row.kind === 'completed') {
          month.completed += row.clients;
          continue;
        }
        // An early end recorded before its reason was kept counts as `other`, as on the dashboard.
        const reason: TrajectoryEndReason = (TRAJECTORY_END_REASONS as readonly string[]).includes(
          row.reason ?? '',
        )
          ? (row.reason as TrajectoryEndReason)
          : 'other';
        month.endedEarly += row.clients;
        month[reason] = Number(month[reason] ?? 0) + row.clients;
      }
      return {
        columns: columns(locale, ['month', 'completed', 'endedEarly', ...TRAJECTORY_END_REASONS]),
        rows: [...months.values()],
      };
    }
    default:
      return assertNever(kind);
  }
}

/**
 * One report for the funder or the council, for a period and optionally a wave. The programme and wave
 * are looked up on the primary, the figures read through `ctx.readReport` (the standby when one is
 * set). Every export is audited (who, which report, which period), since it carries figures about
 * clients.
 */
export async function buildReport({
  ctx,
  kind,
  from,
  to,
  waveId,
  locale,
  format,
}: TenantArgs<{
  kind: ReportKind;
  from?: string | undefined;
  to?: string | undefined;
  waveId?: string | undefined;
  locale: Locale;
  format: 'json' | 'csv' | 'xlsx';
}>): Promise<{ report: Report }> {
  const { db, clock, tenantId } = ctx;
  const { programme } = await requireProgramme({ db, tenantId });
  const { wave } = waveId
    ? await createProgrammesRepository({ db }).findWave({ tenantId, waveId })
    : { wave: undefined };
  if (waveId && !wave) throw createWaveNotFoundError();
  const settings = readProgrammeSettings({ stored: programme.settings });
  const now = clock.now();
  const scope: ReportScope = { tenantId, from: from ?? null, to: to ?? null, waveId: wave?.id ?? null };
  const {
    value: { columns: cols, rows },
    freshness,
  } = await ctx.readReport((reportDb) =>
    buildRows({
      db: reportDb,
      kind,
      scope,
      locale,
      sessionsToComplete: settings.sessionsToComplete,
      today: toCalendarDate({ instant: now }),
    }),
  );
  // Audited on the primary, whichever copy the figures came from.
  if (format !== 'json') {
    await ctx.audit({
      action: 'report.export',
      resource: `report:${kind}:${format}:${from ?? ''}..${to ?? ''}${wave ? `:${wave.id}` : ''}`,
      purpose: 'reporting',
    });
  }
  return {
    report: {
      report: kind,
      title: reportLabel({ locale, key: kind }),
      period: { from: from ?? null, to: to ?? null },
      wave: wave ? { id: wave.id, name: wave.name } : null,
      columns: cols,
      rows,
      freshness: toFreshnessBody(freshness),
    },
  };
}
