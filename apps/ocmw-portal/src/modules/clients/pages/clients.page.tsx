import {
  type ClientSummary,
  DataTable,
  EmptyState,
  Loaded,
  Pagination,
  TextField,
  usePageTitle,
} from '@digipakket/portal-kit';
import { A, useLocation } from '@solidjs/router';
import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import { i18n, plural, t } from '../../../portal';
import { CLIENT_PAGE_SIZE, fetchClients } from '../clients.services';
import { ClientStatusBadge } from '../components/client-status-badge.component';

const SEARCH_DELAY_MS = 300;

/**
 * The client list with a search that follows typing. The search term lives in the page's history
 * state, not in the address, so names and phone numbers never end up in server logs.
 */
export function ClientsPage() {
  const location = useLocation<{ q?: string }>();
  const initial = location.state?.q ?? '';
  const [input, setInput] = createSignal(initial);
  const [query, setQuery] = createSignal(initial);
  const [offset, setOffset] = createSignal(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  usePageTitle(() => t('clients.title'));

  const search = (value: string) => {
    clearTimeout(timer);
    setQuery(value.trim());
    setOffset(0);
  };

  const onInput = (value: string) => {
    setInput(value);
    clearTimeout(timer);
    timer = setTimeout(() => search(value), SEARCH_DELAY_MS);
  };

  const [clients, { refetch }] = createResource(
    () => ({ q: query(), offset: offset() }),
    (params) => fetchClients(params),
  );

  const countText = () => {
    const list = clients.latest;
    if (!list) return '';
    const keys = query()
      ? ({ one: 'clients.found.one', other: 'clients.found.other' } as const)
      : ({ one: 'clients.total.one', other: 'clients.total.other' } as const);
    return plural(list.total, keys, { query: query() });
  };

  const fullName = (client: ClientSummary) => `${client.firstName} ${client.lastName}`;
  const orUnknown = (value: string | null) => value ?? t('clients.notKnown');

  return (
    <>
      <div class="page-header">
        <h1>{t('clients.title')}</h1>
        <A href="/clients/new" class="button button--primary">
          {t('nav.newClient')}
        </A>
      </div>
      <p class="lead">{t('clients.intro')}</p>

      <search>
        <form
          class="search"
          onSubmit={(event) => {
            event.preventDefault();
            search(input());
          }}
        >
          <TextField
            name="client-search"
            label={t('clients.search.label')}
            hint={t('clients.search.hint')}
            type="search"
            autocomplete="off"
            required={false}
            value={input()}
            onValue={onInput}
            width="medium"
          />
          <button type="submit" class="button button--secondary search__button">
            {t('clients.search.submit')}
          </button>
        </form>
      </search>

      <p class="result-count" role="status" aria-live="polite">
        {countText()}
      </p>

      <Loaded resource={clients} retry={refetch}>
        {(list) => (
          <Show
            when={list().items.length > 0}
            fallback={
              <Show
                when={query()}
                fallback={
                  <EmptyState
                    title={t('clients.empty.title')}
                    action={
                      <A href="/clients/new" class="button button--primary">
                        {t('nav.newClient')}
                      </A>
                    }
                  >
                    <p>{t('clients.empty.text')}</p>
                  </EmptyState>
                }
              >
                <EmptyState title={t('clients.noResults.title')}>
                  <p>{t('clients.noResults.text', { query: query() })}</p>
                </EmptyState>
              </Show>
            }
          >
            <DataTable
              caption={t('clients.table.caption')}
              captionHidden
              busy={clients.loading}
              rows={list().items}
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
            <Pagination
              offset={offset()}
              limit={CLIENT_PAGE_SIZE}
              total={list().total}
              onOffset={setOffset}
            />
          </Show>
        )}
      </Loaded>
    </>
  );
}
