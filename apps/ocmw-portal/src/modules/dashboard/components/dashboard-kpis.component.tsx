import type { Dashboard, DashboardClients } from '@digipakket/api/contracts';
import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { figureHref } from '../dashboard.services';

const href = (figure: DashboardClients['figure'], data: Dashboard) =>
  figureHref({ figure, programmeId: data.programme.id, waveId: data.wave?.id });
const percent = (value: number | null) =>
  value === null ? t('dashboard.none') : `${Math.round(value * 100)} %`;
const days = (count: number) =>
  t('dashboard.days', {
    count: new Intl.NumberFormat(`${i18n.locale()}-BE`, { maximumFractionDigits: 1 }).format(count),
  });

/**
 * One key figure and what it counts; the figure links to the clients behind it when there is such a
 * list (`href`), and the link is described by the label (`id`).
 */
function Kpi(props: { value: JSX.Element; label: JSX.Element; href?: string; id?: string }) {
  return (
    <li class="kpi">
      <Show when={props.href} fallback={<span class="kpi__value">{props.value}</span>}>
        {(href) => (
          <A class="kpi__value" href={href()} aria-describedby={props.id}>
            {props.value}
          </A>
        )}
      </Show>
      <span class="kpi__label" id={props.id}>
        {props.label}
      </span>
    </li>
  );
}

/** The dashboard's key figures: first visits, attendance, cheques used and expiring, trajectories ended. */
export function DashboardKpis(props: { data: Dashboard }) {
  return (
    <ul class="kpis">
      <Kpi
        value={
          props.data.partners.medianDaysToFirstVisit === null
            ? t('dashboard.none')
            : days(props.data.partners.medianDaysToFirstVisit)
        }
        label={
          <>
            {t('dashboard.kpi.firstVisit')}{' '}
            {t('dashboard.firstVisit.counted', { visited: props.data.partners.clientsVisited })}
          </>
        }
      />
      <Kpi
        value={props.data.partners.clientsAwaitingFirstVisit}
        label={
          <>
            {t('dashboard.kpi.awaitingFirstVisit')}
            <Show when={props.data.partners.medianDaysAwaitingFirstVisit}>
              {(waited) => (
                <>
                  {', '}
                  {t('dashboard.awaiting.waited', { days: days(waited()) })}
                </>
              )}
            </Show>
          </>
        }
      />
      <Kpi value={percent(props.data.partners.attendanceRate)} label={t('dashboard.kpi.attendance')} />
      <Kpi
        value={`${props.data.partners.chequesUsed} / ${props.data.partners.chequesIssued}`}
        label={t('dashboard.kpi.chequesUsed')}
      />
      <Kpi
        value={props.data.partners.chequesExpiring}
        href={href('chequesExpiring', props.data)}
        id="kpi-expiring"
        label={t('dashboard.kpi.chequesExpiring')}
      />
      <Kpi
        value={props.data.partners.chequesExpired}
        href={href('chequesExpired', props.data)}
        id="kpi-expired"
        label={t('dashboard.kpi.chequesExpired')}
      />
      <Kpi value={props.data.endings.completed} label={t('dashboard.kpi.completed')} />
      <Kpi value={props.data.endings.endedEarly} label={t('dashboard.kpi.endedEarly')} />
    </ul>
  );
}
