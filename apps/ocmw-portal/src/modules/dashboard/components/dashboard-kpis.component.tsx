import type { Dashboard, DashboardClients } from '@digipakket/api/contracts';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { figureHref } from '../dashboard.services';

const href = (figure: DashboardClients['figure'], data: Dashboard) =>
  figureHref({ figure, programmeId: data.programme.id, waveId: data.wave?.id });
const percent = (value: number | null) =>
  value === null ? t('dashboard.none') : `${Math.round(value * 100)} %`;

/** The dashboard's key figures: first visits, attendance, cheques used and expiring, trajectories ended. */
export function DashboardKpis(props: { data: Dashboard }) {
  return (
    <ul class="kpis">
      <li class="kpi">
        <span class="kpi__value">
          {props.data.partners.medianDaysToFirstVisit === null
            ? t('dashboard.none')
            : t('dashboard.days', {
                count: new Intl.NumberFormat(`${i18n.locale()}-BE`, {
                  maximumFractionDigits: 1,
                }).format(props.data.partners.medianDaysToFirstVisit ?? 0),
              })}
        </span>
        <span class="kpi__label">
          {t('dashboard.kpi.firstVisit')}{' '}
          {t('dashboard.firstVisit.counted', { visited: props.data.partners.clientsVisited })}
        </span>
      </li>
      <li class="kpi">
        <span class="kpi__value">{props.data.partners.clientsAwaitingFirstVisit}</span>
        <span class="kpi__label">
          {t('dashboard.kpi.awaitingFirstVisit')}
          <Show when={props.data.partners.medianDaysAwaitingFirstVisit}>
            {(days) => (
              <>
                {', '}
                {t('dashboard.awaiting.waited', {
                  days: t('dashboard.days', {
                    count: new Intl.NumberFormat(`${i18n.locale()}-BE`, {
                      maximumFractionDigits: 1,
                    }).format(days()),
                  }),
                })}
              </>
            )}
          </Show>
        </span>
      </li>
      <li class="kpi">
        <span class="kpi__value">{percent(props.data.partners.attendanceRate)}</span>
        <span class="kpi__label">{t('dashboard.kpi.attendance')}</span>
      </li>
      <li class="kpi">
        <span class="kpi__value">
          {props.data.partners.chequesUsed} / {props.data.partners.chequesIssued}
        </span>
        <span class="kpi__label">{t('dashboard.kpi.chequesUsed')}</span>
      </li>
      <li class="kpi">
        <A class="kpi__value" href={href('chequesExpiring', props.data)} aria-describedby="kpi-expiring">
          {props.data.partners.chequesExpiring}
        </A>
        <span class="kpi__label" id="kpi-expiring">
          {t('dashboard.kpi.chequesExpiring')}
        </span>
      </li>
      <li class="kpi">
        <A class="kpi__value" href={href('chequesExpired', props.data)} aria-describedby="kpi-expired">
          {props.data.partners.chequesExpired}
        </A>
        <span class="kpi__label" id="kpi-expired">
          {t('dashboard.kpi.chequesExpired')}
        </span>
      </li>
      <li class="kpi">
        <span class="kpi__value">{props.data.endings.completed}</span>
        <span class="kpi__label">{t('dashboard.kpi.completed')}</span>
      </li>
      <li class="kpi">
        <span class="kpi__value">{props.data.endings.endedEarly}</span>
        <span class="kpi__label">{t('dashboard.kpi.endedEarly')}</span>
      </li>
    </ul>
  );
}
