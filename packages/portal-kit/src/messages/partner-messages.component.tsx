import { createResource, createSignal, For, Show } from 'solid-js';
import { Loaded } from '../display/display-parts.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { useKitI18n } from '../i18n/use-kit-i18n';

/** One message to a client as the partner that sends it sees it. */
export type PartnerMessage = {
  id: string;
  kind: string;
  channel: string;
  status: string;
  sendAfter: string;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
  withdrawnAt: string | null;
};

/**
 * The reminders and notices the partner's organisation sends the client about one visit or half-day,
 * with their status: a disclosure that loads them when opened, so a list of cards costs no request.
 */
export function PartnerMessages(props: { load: () => Promise<{ items: PartnerMessage[] }> }) {
  const { t, formatDate } = useKitI18n();
  const [open, setOpen] = createSignal(false);
  const [messages, { refetch }] = createResource(open, () => props.load());
  const word = (group: string, code: string) => {
    const key = `messages.${group}.${code}` as KitKey;
    const text = t(key);
    return text === key ? code : text;
  };
  const when = (message: PartnerMessage) =>
    message.deliveredAt ?? message.failedAt ?? message.withdrawnAt ?? message.sentAt ?? message.sendAfter;
  return (
    <details class="partner-messages" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('messages.title')}</summary>
      <Show when={open()}>
        <Loaded resource={messages} retry={refetch}>
          {(data) => (
            <Show when={data().items.length > 0} fallback={<p>{t('messages.none')}</p>}>
              <ul class="partner-messages__list">
                <For each={data().items}>
                  {(message) => (
                    <li>
                      {word('kind', message.kind)} · {word('channel', message.channel)} ·{' '}
                      <strong>{word('status', message.status)}</strong>{' '}
                      <time datetime={when(message)}>
                        {formatDate(new Date(when(message)), {
                          day: 'numeric',
                          month: 'short',
                          hour: '2-digit',
                          minute: '2-digit',
                        })}
                      </time>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </Show>
    </details>
  );
}
