import { type ClientSummary, DataTable } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { i18n, t } from '../../../portal';
import { ClientStatusBadge } from './client-status-badge.component';

const fullName = (client: ClientSummary) => `${client.firstName} ${client.lastName}`;
const orUnknown = (value: string | null) => value ?? t('clients.notKnown');

/** One page of clients: file number, name (to the client page), phone, language, area and status. */
export function ClientTable(props: { clients: ClientSummary[]; busy: boolean }) {
  return (
    <DataTable
      caption={t('clients.table.caption')}
      captionHidden
      busy={props.busy}
      rows={props.clients}
      columns={[
        {
          header: t('clients.column.fileNumber'),
          cell: (client) => client.fileNumber,
          class: 'nowrap',
        },
        {
          header: t('clients.column.name'),
          cell: (client) => <A href={`/clients/${client.id}`}>{fullName(client)}</A>,
          rowHeader: true,
        },
        {
          header: t('clients.column.phone'),
          cell: (client) => orUnknown(client.phone),
          class: 'nowrap',
        },
        {
          header: t('clients.column.language'),
          cell: (client) => i18n.languageName(client.preferredLanguage),
        },
        {
          header: t('clients.column.neighbourhood'),
          cell: (client) => orUnknown(client.neighbourhood),
        },
        {
          header: t('clients.column.status'),
          cell: (client) => <ClientStatusBadge status={client.status} />,
        },
      ]}
    />
  );
}
