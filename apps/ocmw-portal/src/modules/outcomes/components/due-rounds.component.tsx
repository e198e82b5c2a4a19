import { ListOrEmpty, Loaded } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../../portal';
import { formatDay } from '../../shared/error-text';
import { roundName, roundStatusName } from '../outcomes.labels';
import { createDueRoundsQuery } from '../outcomes.queries';
import '../outcomes.css';

/**
 * The outcome rounds to ask now, on the follow-up page: due or overdue, the follow-ups by phone with the
 * client's number, each one click from its questionnaire.
 */
export function DueRounds(props: { scope: 'mine' | 'all' }) {
  const [due, { refetch }] = createDueRoundsQuery(() => props.scope);
  return (
    <section aria-labelledby="due-rounds-title" class="due-rounds">
      <h2 id="due-rounds-title">{t('outcomes.due.title')}</h2>
      <Loaded resource={due} retry={refetch}>
        {(list) => (
          <ListOrEmpty
            count={list().rounds.length}
            emptyTitle={t('outcomes.due.empty')}
            emptyText={t('outcomes.due.emptyText')}
          >
            <ul class="plain-list due-rounds__list">
              <For each={list().rounds}>
                {(entry) => (
                  <li class="due-round">
                    <A href={`/clients/${entry.clientId}`} class="due-round__client">
                      {entry.clientName}
                    </A>{' '}
                    — {roundName(entry.round)},{' '}
                    {t('outcomes.due.dueOnText', {
                      date: formatDay(entry.dueOn),
                      status: roundStatusName(entry.status),
                    })}
                    <Show when={entry.phone}>{(phone) => <> · {phone()}</>}</Show>{' '}
                    <A
                      class="button button--secondary"
                      href={`/clients/${entry.clientId}/outcomes/${entry.round}${entry.byPhone ? '?mode=phone' : ''}`}
                      aria-label={t(entry.byPhone ? 'outcomes.due.askByPhoneFor' : 'outcomes.due.askFor', {
                        round: roundName(entry.round),
                        name: entry.clientName,
                      })}
                    >
                      {entry.byPhone ? t('outcomes.due.askByPhone') : t('outcomes.due.ask')}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </ListOrEmpty>
        )}
      </Loaded>
    </section>
  );
}
