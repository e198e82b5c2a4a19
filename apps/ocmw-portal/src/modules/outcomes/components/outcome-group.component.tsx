import { For, Match, Show, Switch } from 'solid-js';
import { i18n, t } from '../../../portal';
import { FactRow } from '../../clients/components/track-parts.component';
import { codeLabel, roundName } from '../outcomes.labels';
import type { OutcomeGroupReport } from '../outcomes.services';

type Figures = Extract<
  Extract<OutcomeGroupReport['comparison'], { status: 'shown' }>['tasksOnOwn'],
  { status: 'shown' }
>;
type TooFew = Extract<OutcomeGroupReport['comparison'], { status: 'too_few' }>;

const number = (value: number) =>
  new Intl.NumberFormat(i18n.locale(), { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
const share = (value: number | null) =>
  value === null ? '—' : new Intl.NumberFormat(i18n.locale(), { style: 'percent' }).format(value);
const euros = (cents: number | null) =>
  cents === null
    ? '—'
    : new Intl.NumberFormat(i18n.locale(), {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(cents / 100);

function TooFewText(props: { tooFew: TooFew }) {
  return (
    <p class="outcome-group__too-few">
      <strong>{t('outcomes.compare.tooFew')}</strong>{' '}
      {t('outcomes.compare.tooFewDetail', {
        respondents: props.tooFew.respondents,
        minimum: props.tooFew.minimum,
      })}
    </p>
  );
}

function FiguresRow(props: { label: string; figures: Figures | TooFew }) {
  return (
    <FactRow term={props.label}>
      <Show
        when={props.figures.status === 'shown' ? (props.figures as Figures) : undefined}
        fallback={t('outcomes.compare.tooFew')}
      >
        {(figures) =>
          t('outcomes.compare.figures', {
            median: number(figures().median),
            medianLow: number(figures().medianInterval.low),
            medianHigh: number(figures().medianInterval.high),
            mean: number(figures().mean),
            meanLow: number(figures().meanInterval.low),
            meanHigh: number(figures().meanInterval.high),
          })
        }
      </Show>
    </FactRow>
  );
}

/**
 * One group of the comparison (the programme, a wave or a variation) as a card: clients and drop-outs,
 * the response per round, the change with its interval or "too few to compare", the foundation share
 * and the cost per client. Cards stand side by side in the order given; nothing ranks them.
 */
export function OutcomeGroupCard(props: { group: OutcomeGroupReport }) {
  const comparison = () => props.group.comparison;
  return (
    <article class="outcome-group" aria-labelledby={`group-${props.group.key}`}>
      <h3 id={`group-${props.group.key}`}>
        {props.group.kind === 'variation'
          ? codeLabel('outcomes.variation', props.group.label)
          : props.group.label}
      </h3>
      <dl class="facts">
        <FactRow term={t('outcomes.compare.clients')}>
          {t('outcomes.compare.clientsValue', {
            clients: props.group.clients,
            dropOuts: props.group.dropOuts,
          })}
        </FactRow>
        <FactRow term={t('outcomes.compare.costPerClient')}>{euros(props.group.cost.perClientCents)}</FactRow>
      </dl>
      <table class="table table--compact">
        <caption>{t('outcomes.compare.responses')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes.client.round')}</th>
            <th scope="col" class="numeric">
              {t('outcomes.compare.answered')}
            </th>
            <th scope="col" class="numeric">
              {t('outcomes.compare.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.group.responses}>
            {(response) => (
              <tr>
                <th scope="row">{roundName(response.round)}</th>
                <td class="numeric">
                  {response.respondents} / {response.expected}
                </td>
                <td class="numeric">{share(response.rate)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Switch>
        <Match when={comparison().status === 'too_few' ? (comparison() as TooFew) : undefined}>
          {(tooFew) => <TooFewText tooFew={tooFew()} />}
        </Match>
        <Match
          when={
            comparison().status === 'shown'
              ? (comparison() as Extract<OutcomeGroupReport['comparison'], { status: 'shown' }>)
              : undefined
          }
        >
          {(shown) => (
            <>
              <Show when={shown().caution === 'low_response'}>
                <p class="notice notice--warning">{t('outcomes.compare.lowResponse')}</p>
              </Show>
              <dl class="facts">
                <FactRow term={t('outcomes.compare.paired')}>{props.group.paired}</FactRow>
                <FiguresRow label={t('outcomes.compare.tasksChange')} figures={shown().tasksOnOwn} />
                <FiguresRow label={t('outcomes.compare.confidenceChange')} figures={shown().confidence} />
                <FactRow term={t('outcomes.compare.foundation')}>
                  {(() => {
                    const foundation = shown().foundation;
                    return foundation.status === 'shown'
                      ? t('outcomes.compare.foundationValue', {
                          from: share(foundation.from.share),
                          to: share(foundation.to.share),
                        })
                      : t('outcomes.compare.tooFew');
                  })()}
                </FactRow>
              </dl>
            </>
          )}
        </Match>
      </Switch>
    </article>
  );
}
