import '../reports.css';
import { DataTable, Loaded, SelectField } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { createProgrammesQuery } from '../../programmes/programmes.queries';
import { DataFreshnessNote } from '../../shared/data-freshness.component';
import { FilterForm, type Period, PeriodFields } from '../../shared/filter-form.component';
import { PageHeader } from '../../shared/page-header.component';
import { createReportQuery } from '../reports.queries';
import { downloadHref, REPORT_KINDS, type ReportFilters, type ReportKind } from '../reports.services';

/** Reports for the funder and the council: chosen by period and wave, shown here, downloaded as CSV or XLSX. */
export function ReportsPage() {
  const [kind, setKind] = createSignal<ReportKind>('equipped-by-purpose');
  const [period, setPeriod] = createSignal<Period>({ from: '', to: '' });
  const [waveId, setWaveId] = createSignal('');
  const [programmes] = createProgrammesQuery();
  const filters = (): ReportFilters => ({
    kind: kind(),
    ...period(),
    waveId: waveId(),
    locale: i18n.locale(),
  });
  const [report, { refetch }] = createReportQuery(filters);
  const waves = () => programmes.latest?.items.flatMap((programme) => programme.waves) ?? [];

  return (
    <>
      <PageHeader title={t('reports.title')} lead={t('reports.intro')} />
      <FilterForm class="report-filters" label={t('reports.choose')}>
        <SelectField
          name="report-kind"
          label={t('reports.kind')}
          value={kind()}
          onValue={(value) => setKind(value as ReportKind)}
          options={REPORT_KINDS.map((value) => ({ value, label: t(`reports.kind.${value}`) }))}
        />
        <PeriodFields
          name="report"
          labels={{ from: t('reports.from'), to: t('reports.to') }}
          period={period()}
          onPeriod={setPeriod}
        />
        <SelectField
          name="report-wave"
          label={t('reports.wave')}
          required={false}
          value={waveId()}
          onValue={setWaveId}
          placeholder={t('reports.allWaves')}
          options={waves().map((wave) => ({ value: wave.id, label: wave.name }))}
        />
      </FilterForm>
      <p class="report-downloads">
        <a
          class="button button--secondary"
          href={downloadHref({ filters: filters(), format: 'xlsx' })}
          download=""
        >
          {t('reports.download.xlsx')}
        </a>{' '}
        <a
          class="button button--secondary"
          href={downloadHref({ filters: filters(), format: 'csv' })}
          download=""
        >
          {t('reports.download.csv')}
        </a>
      </p>
      <Loaded resource={report} retry={refetch}>
        {(data) => (
          <>
            <Show when={data().rows.length > 0} fallback={<p role="status">{t('reports.empty')}</p>}>
              <DataTable
                caption={data().title}
                rows={data().rows}
                columns={data().columns.map((column) => ({
                  header: column.header,
                  cell: (row: Record<string, string | number>) => String(row[column.key] ?? ''),
                }))}
              />
            </Show>
            <DataFreshnessNote freshness={data().freshness} />
          </>
        )}
      </Loaded>
    </>
  );
}
