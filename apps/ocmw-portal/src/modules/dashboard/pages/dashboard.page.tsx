import '../dashboard.css';
import type { Dashboard, DashboardClients, ProgrammeList } from '@digipakket/api/contracts';
import { TRAJECTORY_END_REASONS } from '@digipakket/domain';
import { Loaded, SelectField } from '@digipakket/portal-kit';
import { useSearchParams } from '@solidjs/router';
import { type Resource, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { createProgrammesQuery } from '../../programmes/programmes.queries';
import { DataFreshnessNote } from '../../shared/data-freshness.component';
import { FilterForm } from '../../shared/filter-form.component';
import { LinkButton } from '../../shared/link-button.component';
import { NoProgramme } from '../../shared/no-programme.component';
import { PageHeader } from '../../shared/page-header.component';
import { BarChart } from '../components/bar-chart.component';
import { DashboardKpis } from '../components/dashboard-kpis.component';
import { ReminderEffect } from '../components/reminder-effect.component';
import { createDashboardQuery } from '../dashboard.queries';
import { figureHref } from '../dashboard.services';

type Figure = DashboardClients['figure'];

/**
 * The project lead's dashboard for a programme or one wave: the funnel, the partners' figures, open
 * signals and stock, as charts with their figures one click away from the clients behind them. Before
 * the welfare centre has a programme, it says so and asks for no figures.
 */
export function DashboardPage() {
  const [programmes, { refetch }] = createProgrammesQuery();
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        action={<LinkButton href="/dashboard/outcomes" label={t('outcomes.dashboard.link')} />}
      />
      <Loaded resource={programmes} retry={refetch}>
        {(list) => (
          <Show when={list().items.length > 0} fallback={<NoProgramme />}>
            <ProgrammeDashboard programmes={programmes} />
          </Show>
        )}
      </Loaded>
    </>
  );
}

function ProgrammeDashboard(props: { programmes: Resource<ProgrammeList> }) {
  const [params, setParams] = useSearchParams<{ programmeId?: string; waveId?: string }>();
  const programmes = props.programmes;
  const [dashboard, { refetch }] = createDashboardQuery(() => ({
    programmeId: params.programmeId || undefined,
    waveId: params.waveId || undefined,
  }));

  const href = (figure: Figure, data: Dashboard) =>
    figureHref({ figure, programmeId: data.programme.id, waveId: data.wave?.id });
  const currentProgramme = () =>
    programmes.latest?.items.find(
      (item) => item.id === (params.programmeId || dashboard.latest?.programme.id),
    );

  return (
    <>
      <p class="lead">{t('dashboard.intro')}</p>

      <FilterForm class="dashboard-filters" label={t('dashboard.choose')}>
        <Show when={(programmes.latest?.items.length ?? 0) > 1}>
          <SelectField
            name="dashboard-programme"
            label={t('dashboard.programme')}
            required={false}
            value={params.programmeId ?? ''}
            onValue={(value) => setParams({ programmeId: value || undefined, waveId: undefined })}
            options={(programmes.latest?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
          />
        </Show>
        <SelectField
          name="dashboard-wave"
          label={t('dashboard.wave')}
          required={false}
          value={params.waveId ?? ''}
          onValue={(value) => setParams({ waveId: value || undefined })}
          placeholder={t('dashboard.allWaves')}
          options={(currentProgramme()?.waves ?? []).map((wave) => ({ value: wave.id, label: wave.name }))}
        />
      </FilterForm>

      <Loaded resource={dashboard} retry={refetch}>
        {(data) => (
          <>
            <h2>
              {data().programme.name}
              <Show when={data().wave}>{(wave) => ` — ${wave().name}`}</Show>
            </h2>
            <DashboardKpis data={data()} />

            <div class="dashboard-grid">
              <BarChart
                title={t('dashboard.funnel.title')}
                valueHeader={t('dashboard.table.clients')}
                tableOpen
                max={data().funnel[0]?.clients}
                rows={data().funnel.map((step) => ({
                  label: t(`dashboard.figure.${step.step}`),
                  value: step.clients,
                  href: href(step.step, data()),
                }))}
              />
              <BarChart
                title={t('dashboard.signals.title')}
                valueHeader={t('dashboard.table.signals')}
                rows={data().signals.map((row) => ({
                  label: `${t(`followUp.kind.${row.kind as 'client.inactive'}`)} (${t(`followUp.owner.${row.owner}`)})`,
                  value: row.open,
                }))}
              />
              <BarChart
                title={t('dashboard.endings.title')}
                valueHeader={t('dashboard.table.clients')}
                tableOpen
                rows={TRAJECTORY_END_REASONS.map((reason) => ({
                  label: t(`trajectory.reason.${reason}`),
                  value: data().endings.byReason.find((row) => row.reason === reason)?.clients ?? 0,
                }))}
              />
              <BarChart
                title={t('dashboard.stock.title')}
                valueHeader={t('dashboard.table.devices')}
                rows={data().stock.map((row) => ({
                  label: t(`dashboard.stock.${row.status as 'in_stock'}`),
                  value: row.devices,
                }))}
              />
            </div>
            <ReminderEffect effect={data().reminderEffect} />
            <p class="muted">
              {t('dashboard.updated', {
                time: i18n.formatDate(new Date(), { hour: '2-digit', minute: '2-digit' }),
              })}
            </p>
            <DataFreshnessNote freshness={data().freshness} />
          </>
        )}
      </Loaded>
    </>
  );
}
