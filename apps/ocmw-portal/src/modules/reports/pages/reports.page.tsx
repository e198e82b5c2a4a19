import '../reports.css';
import { DataTable, DateField, Loaded, SelectField } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { createProgrammesQuery } from '../../programmes/programmes.queries';
import { DataFreshnessNote } from '../../shared/data-freshness.component';
import { PageHeader } from '../../shared/page-header.component';
import { createReportQuery } from '../reports.queries';
import { downloadHref, REPORT_KINDS, type ReportFilters, type ReportKind } from '../reports.services';

/** Reports for the funder and the council: chosen by period and wave, shown here, downloaded as CSV or XLSX. */
export function ReportsPage() {
  const [kind, setKind] = createSignal<ReportKind>('equipped-by-purpose');
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const [waveId, setWaveId] = createSignal('');
  const [programmes] = createProgrammesQuery();
  const filters = (): ReportFilters => ({
    kind: kind(),
    from: from(),
    to: to(),
    waveId: waveId(),
    locale: i18n.locale(),
  });
  const [report, { refetch }] = createReportQuery(filters);
  const waves = () => programmes.latest?.items.flatMap((programme) => programme.waves) ?? [];

  return (
    <>
      <PageHeader title={t('reports.title')} lead={t('reports.intro')} />
      <form
        class="report-filters"
        onSubmit={(event) => event.preventDefault()}
        aria-label={t('reports.choose')}
      >
        <SelectField
          name="report-kind"
          label={t('reports.kind')}
          value={kind()}
          onValue={(value) => setKind(value as ReportKind)}
          options={REPORT_KINDS.map((value) => ({ value, label: t(`reports.kind.${value}`) }))}
        />
        <DateField
          name="report-from"
          label={t('reports.from')}
          required={false}
          value={from()}
          onValue={setFrom}
          width="medium"
        />
        <DateField
          name="report-to"
          label={t('reports.to')}
          required={false}
          value={to()}
          onValue={setTo}
          width="medium"
        />
        <SelectField
          name="report-wave"
          label={t('reports.wave')}
          required={false}
          value={waveId()}
          onValue={setWaveId}
          options={[
            { value: '', label: t('reports.allWaves') },
            ...waves().map((wave) => ({ value: wave.id, label: wave.name })),
          ]}
        />
      </form>
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
