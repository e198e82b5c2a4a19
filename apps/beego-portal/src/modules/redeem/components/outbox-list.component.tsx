import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../../portal';
import { refusalOf } from '../redeem.errors';
import type { OutboxEntry } from '../redeem.outbox';
import { outbox, outboxEntries } from '../redeem.services';

function EntryLine(props: { entry: OutboxEntry }) {
  const who = () => props.entry.clientName ?? props.entry.body.code;
  return (
    <li class={`outbox__item outbox__item--${props.entry.state}`}>
      <p class="outbox__title">
        <strong>{who()}</strong>
        <Show when={props.entry.clientName}> · {props.entry.body.code}</Show>
      </p>
      <Show when={props.entry.state === 'waiting'}>
        <p class="outbox__state">{t('outbox.waiting')}</p>
      </Show>
      <Show when={props.entry.state === 'sent'}>
        <p class="outbox__state">{t('outbox.sent')}</p>
        <Show when={props.entry.chequeId}>
          {(chequeId) => <A href={`/visits/${chequeId()}`}>{t('outbox.open')}</A>}
        </Show>
      </Show>
      <Show when={props.entry.refusal}>
        {(refusal) => (
          <p class="outbox__state outbox__state--refused">
            {t('outbox.refused')} {t(refusalOf(refusal().code).key)}
          </p>
        )}
      </Show>
      <Show when={props.entry.state !== 'waiting'}>
        <button
          type="button"
          class="button button--secondary button--compact"
          onClick={() => outbox.dismiss(props.entry.key)}
        >
          {t('outbox.dismiss')}
          <span class="visually-hidden"> {who()}</span>
        </button>
      </Show>
    </li>
  );
}

/** The visits logged on this phone that still wait for the server, or whose answer the student has not seen. */
export function OutboxList() {
  return (
    <Show when={outboxEntries().length > 0}>
      <section class="outbox" aria-labelledby="outbox-title">
        <h2 id="outbox-title">{t('outbox.title')}</h2>
        <ul class="outbox__list">
          <For each={outboxEntries()}>{(entry) => <EntryLine entry={entry} />}</For>
        </ul>
      </section>
    </Show>
  );
}
