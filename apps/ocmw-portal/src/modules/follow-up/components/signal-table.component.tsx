import type { SignalItem } from '@digipakket/api/contracts';
import { Badge, DataTable } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { kindKey, severityTone, todoKey } from '../follow-up.labels';

/** The client a signal is about, by name. */
export const signalClientName = (signal: SignalItem) =>
  `${signal.client.firstName} ${signal.client.lastName}`;

const name = signalClientName;
const date = (iso: string) =>
  i18n.formatDate(new Date(iso), { day: 'numeric', month: 'short', year: 'numeric' });

/** One page of signals: when due and how urgent, the client, what to do, whose it is, snooze or resolve. */
export function SignalTable(props: {
  signals: SignalItem[];
  busy: boolean;
  onSnooze: (signal: SignalItem, button: HTMLButtonElement) => void;
  onResolve: (signal: SignalItem, button: HTMLButtonElement) => void;
}) {
  return (
    <DataTable
      caption={t('followUp.table.caption')}
      captionHidden
      busy={props.busy}
      rows={props.signals}
      columns={[
        {
          header: t('followUp.column.due'),
          class: 'nowrap',
          cell: (signal) => (
            <>
              <time datetime={signal.dueAt}>{date(signal.dueAt)}</time>{' '}
              <Badge tone={severityTone(signal.severity)}>{t(`followUp.severity.${signal.severity}`)}</Badge>
            </>
          ),
        },
        {
          header: t('followUp.column.client'),
          rowHeader: true,
          cell: (signal) => (
            <>
              <A href={signal.action.path}>{name(signal)}</A>
              <Show when={signal.client.fileNumber}>
                <span class="muted"> · {signal.client.fileNumber}</span>
              </Show>
            </>
          ),
        },
        {
          header: t('followUp.column.signal'),
          cell: (signal) => (
            <>
              <strong>{t(kindKey(signal.kind))}</strong>
              <br />
              {t(todoKey(signal.kind))}
              <Show when={signal.snoozeReason}>
                <br />
                <em>
                  {t('followUp.snoozedUntil', {
                    date: date(signal.snoozedUntil ?? signal.dueAt),
                    reason: signal.snoozeReason ?? '',
                  })}
                </em>
              </Show>
            </>
          ),
        },
        {
          header: t('followUp.column.owner'),
          cell: (signal) => signal.ownerOrganisation.name,
        },
        {
          header: t('followUp.column.actions'),
          cell: (signal) => (
            <Show when={signal.status === 'open'}>
              <button
                type="button"
                class="button button--secondary button--compact"
                aria-label={t('followUp.snooze.for', {
                  name: name(signal),
                  kind: t(kindKey(signal.kind)),
                })}
                onClick={(event) => props.onSnooze(signal, event.currentTarget)}
              >
                {t('followUp.snooze')}
              </button>
              <Show when={signal.kind === 'visit.needs_follow_up'}>
                {' '}
                <button
                  type="button"
                  class="button button--secondary button--compact"
                  aria-label={t('followUp.resolve.for', { name: name(signal) })}
                  onClick={(event) => props.onResolve(signal, event.currentTarget)}
                >
                  {t('followUp.resolve')}
                </button>
              </Show>
            </Show>
          ),
        },
      ]}
    />
  );
}
