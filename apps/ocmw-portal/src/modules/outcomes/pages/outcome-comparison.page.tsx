import { Loaded, usePageTitle } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { DataFreshnessNote } from '../../shared/data-freshness.component';
import { formatDay } from '../../shared/error-text';
import { type Period, PeriodFields } from '../../shared/filter-form.component';
import { EndRoundSetting } from '../components/end-round-setting.component';
import { OutcomeGroupCard } from '../components/outcome-group.component';
import { roundName } from '../outcomes.labels';
import { createComparisonQuery } from '../outcomes.queries';
import { funderReportHref, type OutcomeComparisonQuery, type OutcomeGroupReport } from '../outcomes.services';
import '../outcomes.css';

/** A heading and the cards of its groups side by side, or a line that there are none. */
function GroupCards(props: { title: string; groups: OutcomeGroupReport[] }) {
  return (
    <>
      <h2>{props.title}</h2>
      <Show when={props.groups.length > 0} fallback={<p>{t('outcomes.compare.none')}</p>}>
        <div class="outcome-groups">
          <For each={props.groups}>{(group) => <OutcomeGroupCard group={group} />}</For>
        </div>
      </Show>
    </>
  );
}

/**
 * The project lead's outcome comparison: the programme, its waves and its variations side by side, each
 * with its change and interval, response per round, drop-outs and cost per client; small groups read
 * "too few to compare". The funder's report downloads as XLSX and PDF for the same programme and period.
 */
export function OutcomeComparisonPage() {
  usePageTitle(() => t('outcomes.compare.title'));
  const [period, setPeriod] = createSignal<Period>({ from: '', to: '' });
  const query = (): OutcomeComparisonQuery => ({
    ...(period().from ? { periodFrom: period().from } : {}),
    ...(period().to ? { periodTo: period().to } : {}),
  });
  const [comparison, { refetch }] = createComparisonQuery(query);
  return (
    <>
      <p class="eyebrow">
        <A href="/dashboard">{t('outcomes.compare.back')}</A>
      </p>
      <h1>{t('outcomes.compare.title')}</h1>
      <p class="lead">{t('outcomes.compare.intro')}</p>
      <div class="inline-form">
        <PeriodFields
          name="outcome-period"
          labels={{ from: t('outcomes.compare.periodFrom'), to: t('outcomes.compare.periodTo') }}
          period={period()}
          onPeriod={setPeriod}
          optional
        />
      </div>
      <Loaded resource={comparison} retry={refetch}>
        {(data) => (
          <>
            <p>
              {t('outcomes.compare.summary', {
                programme: data().programme.name,
                from: roundName(data().from),
                to: roundName(data().to),
                date: formatDay(data().asOf),
                minimum: data().minimum,
              })}
            </p>
            <DataFreshnessNote freshness={data().freshness} />
            <div class="button-row">
              <a
                class="button button--secondary"
                href={funderReportHref({ format: 'xlsx', query: query(), locale: i18n.locale() })}
                download=""
              >
                {t('outcomes.compare.downloadXlsx')}
              </a>
              <a
                class="button button--secondary"
                href={funderReportHref({ format: 'pdf', query: query(), locale: i18n.locale() })}
                target="_blank"
                rel="noopener"
              >
                {t('outcomes.compare.downloadPdf')}
              </a>
            </div>
            <GroupCards title={t('outcomes.compare.programme')} groups={[data().programmeGroup]} />
            <GroupCards title={t('outcomes.compare.waves')} groups={data().byWave} />
            <GroupCards title={t('outcomes.compare.variations')} groups={data().byVariation} />
            <p class="outcome-method">{t('outcomes.compare.method', { resamples: 2000 })}</p>
            <Show when={data().costBasis.assumptions.length > 0}>
              <p class="outcome-method">{t('outcomes.compare.costAssumed')}</p>
            </Show>
            <EndRoundSetting programmeId={data().programme.id} />
          </>
        )}
      </Loaded>
    </>
  );
}
