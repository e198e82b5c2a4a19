import { DateField, Loaded, usePageTitle } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { DataFreshnessNote } from '../../shared/data-freshness.component';
import { formatDay } from '../../shared/error-text';
import { EndRoundSetting } from '../components/end-round-setting.component';
import { OutcomeGroupCard } from '../components/outcome-group.component';
import { roundName } from '../outcomes.labels';
import { createComparisonQuery } from '../outcomes.queries';
import { funderReportHref, type OutcomeComparisonQuery } from '../outcomes.services';
import '../outcomes.css';

/**
 * The project lead's outcome comparison: the programme, its waves and its variations side by side, each
 * with its change and interval, response per round, drop-outs and cost per client; small groups read
 * "too few to compare". The funder's report downloads as XLSX and PDF for the same programme and period.
 */
export function OutcomeComparisonPage() {
  usePageTitle(() => t('outcomes.compare.title'));
  const [periodFrom, setPeriodFrom] = createSignal('');
  const [periodTo, setPeriodTo] = createSignal('');
  const query = (): OutcomeComparisonQuery => ({
    ...(periodFrom() ? { periodFrom: periodFrom() } : {}),
    ...(periodTo() ? { periodTo: periodTo() } : {}),
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
        <DateField
          name="outcome-period-from"
          label={t('outcomes.compare.periodFrom')}
          value={periodFrom()}
          onValue={setPeriodFrom}
          optional
        />
        <DateField
          name="outcome-period-to"
          label={t('outcomes.compare.periodTo')}
          value={periodTo()}
          onValue={setPeriodTo}
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
            <h2>{t('outcomes.compare.programme')}</h2>
            <div class="outcome-groups">
              <OutcomeGroupCard group={data().programmeGroup} />
            </div>
            <h2>{t('outcomes.compare.waves')}</h2>
            <Show when={data().byWave.length > 0} fallback={<p>{t('outcomes.compare.none')}</p>}>
              <div class="outcome-groups">
                <For each={data().byWave}>{(group) => <OutcomeGroupCard group={group} />}</For>
              </div>
            </Show>
            <h2>{t('outcomes.compare.variations')}</h2>
            <Show when={data().byVariation.length > 0} fallback={<p>{t('outcomes.compare.none')}</p>}>
              <div class="outcome-groups">
                <For each={data().byVariation}>{(group) => <OutcomeGroupCard group={group} />}</For>
              </div>
            </Show>
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
