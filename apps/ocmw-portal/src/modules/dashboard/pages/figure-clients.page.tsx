import '../dashboard.css';
import type { DashboardClients } from '@digipakket/api/contracts';
import { DataTable, LoadedList, Pagination, usePageTitle } from '@digipakket/portal-kit';
import { A, useParams, useSearchParams } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { ResultCount } from '../../shared/result-count.component';
import { createFigureClientsQuery } from '../dashboard.queries';

const PAGE_SIZE = 50;

/** The clients behind one figure of the dashboard, each one click away from their page. */
export function FigureClientsPage() {
  const params = useParams<{ figure: DashboardClients['figure'] }>();
  const [search] = useSearchParams<{ programmeId?: string; waveId?: string }>();
  const [offset, setOffset] = createSignal(0);
  const title = () => t(`dashboard.figure.${params.figure}`);
  usePageTitle(() => t('dashboard.clients.title', { figure: title() }));
  const [clients, { refetch }] = createFigureClientsQuery(() => ({
    figure: params.figure,
    programmeId: search.programmeId || undefined,
    waveId: search.waveId || undefined,
    limit: PAGE_SIZE,
    offset: offset(),
  }));
  const back = () => {
    const query = new URLSearchParams();
    if (search.programmeId) query.set('programmeId', search.programmeId);
    if (search.waveId) query.set('waveId', search.waveId);
    return `/dashboard${query.toString() ? `?${query}` : ''}`;
  };

  return (
    <>
      <p>
        <A href={back()}>{t('dashboard.back')}</A>
      </p>
      <h1>{t('dashboard.clients.title', { figure: title() })}</h1>
      <ResultCount
        total={clients.latest?.total}
        one="dashboard.clients.one"
        other="dashboard.clients.other"
      />
      <LoadedList resource={clients} retry={refetch} emptyTitle={t('dashboard.clients.empty')}>
        {(list) => (
          <>
            <DataTable
              caption={t('dashboard.clients.title', { figure: title() })}
              captionHidden
              rows={list().items}
              columns={[
                {
                  header: t('clients.column.fileNumber'),
                  cell: (client) => client.fileNumber,
                  class: 'nowrap',
                },
                {
                  header: t('clients.column.name'),
                  rowHeader: true,
                  cell: (client) => (
                    <A href={`/clients/${client.id}`}>{`${client.firstName} ${client.lastName}`}</A>
                  ),
                },
              ]}
            />
            <Pagination offset={offset()} limit={PAGE_SIZE} total={list().total} onOffset={setOffset} />
          </>
        )}
      </LoadedList>
    </>
  );
}
