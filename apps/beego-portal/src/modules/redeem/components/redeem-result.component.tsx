import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../../portal';
import type { OutboxEntry } from '../redeem.outbox';

/** What became of the logged visit: sent, or waiting on the phone for a signal. */
export function RedeemResult(props: { entry: OutboxEntry }) {
  return (
    <section class="result" aria-labelledby="result-title">
      <h2 id="result-title" tabindex="-1">
        {props.entry.state === 'sent' ? t('redeem.done.sent') : t('redeem.done.waiting')}
      </h2>
      <p>{props.entry.state === 'sent' ? t('redeem.done.sentText') : t('redeem.done.waitingText')}</p>
      <div class="form__actions">
        <Show when={props.entry.chequeId}>
          {(chequeId) => (
            <A class="button button--primary" href={`/visits/${chequeId()}`}>
              {t('redeem.done.open')}
            </A>
          )}
        </Show>
        <A class="button button--secondary" href="/visits">
          {t('redeem.done.back')}
        </A>
      </div>
    </section>
  );
}
