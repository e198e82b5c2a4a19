import { CLIENT_LANGUAGES, OUTCOME_ROUNDS } from '@digipakket/domain';
import { Badge, Loaded, SelectField } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../../portal';
import { Section } from '../../clients/components/track-parts.component';
import { formatDay } from '../../shared/error-text';
import { roundName, roundStatusName, signed } from '../outcomes.labels';
import { createClientRoundsQuery } from '../outcomes.queries';
import { type OutcomeClientRounds, questionnaireHref } from '../outcomes.services';
import { OutcomeChart } from './outcome-chart.component';
import '../outcomes.css';

const STATUS_TONE = { done: 'success', due: 'info', overdue: 'warning', missing: 'danger' } as const;

/** Every round of the client with where it stands, its day, its scores and who took it. */
function ClientRoundsTable(props: { data: OutcomeClientRounds }) {
  const taken = (round: string) => props.data.rounds.find((entry) => entry.round === round);
  const tasksMax = () => props.data.itemsAsked.filter((item) => item.kind === 'task').length;
  const statusOf = (round: string) => props.data.statuses.find((entry) => entry.round === round);
  // Scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too.
  return (
    <section class="table-wrap outcome-table" tabindex="0" aria-label={t('outcomes.client.tableCaption')}>
      <table class="table">
        <caption>{t('outcomes.client.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes.client.round')}</th>
            <th scope="col">{t('outcomes.client.status')}</th>
            <th scope="col">{t('outcomes.client.takenOn')}</th>
            <th scope="col" class="numeric">
              {t('outcomes.client.tasksOnOwn', { total: tasksMax() })}
            </th>
            <th scope="col" class="numeric">
              {t('outcomes.client.confidence')}
            </th>
            <th scope="col">{t('outcomes.client.foundation')}</th>
            <th scope="col">{t('outcomes.client.takenBy')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={OUTCOME_ROUNDS}>
            {(round) => {
              const status = () => statusOf(round)?.status ?? (taken(round) ? 'done' : 'waiting');
              return (
                <tr>
                  <th scope="row">{roundName(round)}</th>
                  <td>
                    <Badge tone={STATUS_TONE[status() as keyof typeof STATUS_TONE] ?? 'neutral'}>
                      {roundStatusName(status())}
                    </Badge>
                    <Show when={!taken(round) && statusOf(round)?.window}>
                      {(window) => (
                        <span class="outcome-table__due">
                          {' '}
                          {t('outcomes.client.dueOn', { date: formatDay(window().dueOn) })}
                        </span>
                      )}
                    </Show>
                  </td>
                  <td>{formatDay(taken(round)?.takenOn) || '—'}</td>
                  <td class="numeric">{taken(round)?.score.tasksOnOwn ?? '—'}</td>
                  <td class="numeric">{taken(round)?.score.confidence ?? '—'}</td>
                  <td>
                    {(() => {
                      const complete = taken(round)?.score.foundationComplete;
                      return complete === undefined || complete === null
                        ? '—'
                        : complete
                          ? t('outcomes.client.yes')
                          : t('outcomes.client.no');
                    })()}
                  </td>
                  <td>
                    {taken(round)
                      ? `${taken(round)!.takenBy.name ?? '—'} (${t(`outcomes.mode.${taken(round)!.mode}`)})`
                      : '—'}
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </section>
  );
}

/**
 * The outcome measure on the client page: before and after as a small chart and as a table, every round
 * with where it stands (missing ones too), the change from the baseline, a button for each round that can
 * be taken now and the printable questionnaire in the client's language.
 */
export function ClientOutcomes(props: { clientId: string }) {
  const [rounds, { refetch }] = createClientRoundsQuery(() => props.clientId);
  const [printRound, setPrintRound] = createSignal<string>('baseline');
  const [printLanguage, setPrintLanguage] = createSignal<string>();
  return (
    <Section id="track-outcomes" title={t('outcomes.client.title')} wide>
      <Loaded resource={rounds} retry={refetch}>
        {(data) => {
          const taken = (round: string) => data().rounds.find((entry) => entry.round === round);
          const tasksMax = () => data().itemsAsked.filter((item) => item.kind === 'task').length;
          const open = () =>
            data().statuses.filter((entry) => entry.status === 'due' || entry.status === 'overdue');
          return (
            <Show when={data().programmeId !== null} fallback={<p>{t('outcomes.client.noIntake')}</p>}>
              <OutcomeChart
                title={t('outcomes.chart.title')}
                tasksMax={tasksMax()}
                rounds={OUTCOME_ROUNDS.map((round) => ({
                  label: roundName(round),
                  tasksOnOwn: taken(round)?.score.tasksOnOwn ?? null,
                  confidence: taken(round)?.score.confidence ?? null,
                }))}
              />
              <ClientRoundsTable data={data()} />
              <Show when={data().changes.length > 0}>
                <h3>{t('outcomes.client.changeTitle')}</h3>
                <ul class="plain-list outcome-changes">
                  <For each={data().changes}>
                    {(change) => (
                      <li>
                        {t('outcomes.client.change', {
                          from: roundName(change.from),
                          to: roundName(change.to),
                          tasks: signed(change.tasksOnOwn),
                          compared: change.comparedTasks.length,
                          confidence: signed(change.confidence),
                        })}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={open().length > 0}>
                <div class="button-row">
                  <For each={open()}>
                    {(entry) => (
                      <A
                        href={`/clients/${props.clientId}/outcomes/${entry.round}`}
                        class="button button--primary"
                      >
                        {t('outcomes.client.take', { round: roundName(entry.round) })}
                      </A>
                    )}
                  </For>
                </div>
              </Show>
              <div class="inline-form outcome-print">
                <SelectField
                  name="outcome-print-round"
                  label={t('outcomes.print.round')}
                  value={printRound()}
                  onValue={setPrintRound}
                  options={OUTCOME_ROUNDS.map((round) => ({ value: round, label: roundName(round) }))}
                />
                <SelectField
                  name="outcome-print-language"
                  label={t('outcomes.print.language')}
                  value={printLanguage() ?? data().language}
                  onValue={setPrintLanguage}
                  options={CLIENT_LANGUAGES.map((entry) => ({
                    value: entry.code,
                    label: entry.autonym,
                    lang: entry.code,
                  }))}
                />
                <a
                  href={questionnaireHref({
                    clientId: props.clientId,
                    round: printRound(),
                    language: printLanguage() ?? data().language,
                  })}
                  target="_blank"
                  rel="noopener"
                  data-testid="outcome-questionnaire-link"
                >
                  {t('outcomes.print.link')}
                </a>
              </div>
            </Show>
          );
        }}
      </Loaded>
    </Section>
  );
}
