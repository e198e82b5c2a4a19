import type { AuditEntry } from '@digipakket/api/contracts';
import { Badge, DataTable } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { i18n, t } from '../../../portal';

const when = (iso: string) =>
  i18n.formatDate(new Date(iso), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** One page of the audit log: when, who, what and about which client; a person or client narrows the log. */
export function AuditTable(props: {
  entries: AuditEntry[];
  onUser: (actor: AuditEntry['actor']) => void;
  onClient: (client: NonNullable<AuditEntry['client']>) => void;
}) {
  return (
    <DataTable
      caption={t('audit.title')}
      captionHidden
      rows={props.entries}
      columns={[
        {
          header: t('audit.column.when'),
          class: 'nowrap',
          cell: (entry: AuditEntry) => <time datetime={entry.at}>{when(entry.at)}</time>,
        },
        {
          header: t('audit.column.who'),
          rowHeader: true,
          cell: (entry: AuditEntry) => (
            <Show when={entry.actor.id} fallback={t('audit.system')}>
              <button type="button" class="link-button" onClick={() => props.onUser(entry.actor)}>
                {entry.actor.name}
              </button>
              <br />
              <span class="muted">{entry.actor.organisation}</span>
            </Show>
          ),
        },
        {
          header: t('audit.column.what'),
          cell: (entry: AuditEntry) => (
            <>
              <code>{entry.action}</code>{' '}
              <Show when={entry.outcome !== 'success'}>
                <Badge tone="danger">{t(`audit.outcome.${entry.outcome}`)}</Badge>
              </Show>
            </>
          ),
        },
        {
          header: t('audit.column.client'),
          cell: (entry: AuditEntry) => (
            <Show when={entry.client}>
              {(client) => (
                <button type="button" class="link-button" onClick={() => props.onClient(client())}>
                  {client().name} ({client().fileNumber})
                </button>
              )}
            </Show>
          ),
        },
      ]}
    />
  );
}
