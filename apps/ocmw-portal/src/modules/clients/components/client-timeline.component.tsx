import type { ClientOverview } from '@digipakket/api/contracts';
import { For, Show } from 'solid-js';
import { t } from '../../../portal';
import { formatDay } from '../../shared/error-text';
import { TimelineWho } from '../../shared/timeline-who.component';
import { codeText } from './track-parts.component';

/** A message's `channel:status[:reason]` in words: "sms — ingetrokken (bezoek verplaatst)". */
function messageDetail(detail: string): string {
  const [channel = '', status = '', ...reason] = detail.split(':');
  const why = reason.join(':');
  const words = `${codeText('message.channel', channel)} — ${codeText('message.status', status)}`;
  return why ? `${words} (${codeText('message.reason', why)})` : words;
}

/** Everything that happened on the client's path, by whom and for which organisation. */
export function ClientTimeline(props: { timeline: ClientOverview['timeline'] }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('client.timeline.title')}</h2>
      <ol class="timeline">
        <For each={props.timeline}>
          {(entry) => (
            <li class="timeline__entry">
              <time datetime={entry.at}>{formatDay(entry.at, true)}</time>
              <span class="timeline__what">{codeText('timeline', entry.kind)}</span>
              <Show when={entry.detail}>
                {(detail) => (
                  <span class="timeline__detail">
                    {entry.kind.startsWith('message.') ? messageDetail(detail()) : detail()}
                  </span>
                )}
              </Show>
              <TimelineWho name={entry.actorName} organisation={entry.organisationName} />
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
