import { EmptyState, Loaded, TextField } from '@digipakket/portal-kit';
import { useLocation, useSearchParams } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import { plural, t } from '../../../portal';
import { LinkButton } from '../../shared/link-button.component';
import { PageHeader } from '../../shared/page-header.component';
import { createPaging, PagingButtons } from '../../shared/paging.component';
import { createClientsQuery } from '../clients.queries';
import { CLIENT_PAGE_SIZE, type ClientFilters } from '../clients.services';
import { CLIENT_FILTER_KEYS, ClientFilterFields } from '../components/client-filters.component';
import { ClientTable } from '../components/client-table.component';

const FILTER_KEYS = CLIENT_FILTER_KEYS;

const SEARCH_DELAY_MS = 300;

/**
 * The client list with a search that follows typing and filters (status, wave, signal, social
 * worker, my own clients). The search term lives in the page's history state, not in the address, so
 * names and phone numbers never end up in server logs; the filters are ids and codes and live in the
 * address, so a filtered list can be bookmarked, shared and returned to.
 */
export function ClientsPage() {
  const location = useLocation<{ q?: string }>();
  const [params, setParams] = useSearchParams<Record<(typeof FILTER_KEYS)[number], string>>();
  const filters = (): ClientFilters =>
    Object.fromEntries(FILTER_KEYS.map((key) => [key, params[key] || undefined]));
  const filtered = () => FILTER_KEYS.some((key) => !!params[key]);
  const setFilter = (key: (typeof FILTER_KEYS)[number], value: string) => {
    setParams({ [key]: value || undefined });
    paging.restart();
  };
  const initial = location.state?.q ?? '';
  const [input, setInput] = createSignal(initial);
  const [query, setQuery] = createSignal(initial);
  const paging = createPaging(CLIENT_PAGE_SIZE);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const search = (value: string) => {
    clearTimeout(timer);
    setQuery(value.trim());
    paging.restart();
  };

  const onInput = (value: string) => {
    setInput(value);
    clearTimeout(timer);
    timer = setTimeout(() => search(value), SEARCH_DELAY_MS);
  };

  const [clients, { refetch }] = createClientsQuery(() => ({
    q: query(),
    offset: paging.offset(),
    filters: filters(),
  }));

  const countText = () => {
    const list = clients.latest;
    if (!list) return '';
    const keys = query()
      ? ({ one: 'clients.found.one', other: 'clients.found.other' } as const)
      : filtered()
        ? ({ one: 'clients.filtered.one', other: 'clients.filtered.other' } as const)
        : ({ one: 'clients.total.one', other: 'clients.total.other' } as const);
    return plural(list.total, keys, { query: query() });
  };

  return (
    <>
      <PageHeader
        title={t('clients.title')}
        lead={t('clients.intro')}
        action={<LinkButton href="/clients/new" primary label={t('nav.newClient')} />}
      />

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

      <ClientFilterFields
        values={params}
        filtered={filtered()}
        onFilter={setFilter}
        onClear={() => {
          setParams(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
          paging.restart();
        }}
      />

      <p class="result-count" role="status" aria-live="polite">
        {countText()}
      </p>

      <Loaded resource={clients} retry={refetch}>
        {(list) => (
          <Show
            when={list().items.length > 0}
            fallback={
              <Show
                when={query() || filtered()}
                fallback={
                  <EmptyState
                    title={t('clients.empty.title')}
                    action={<LinkButton href="/clients/new" primary label={t('nav.newClient')} />}
                  >
                    <p>{t('clients.empty.text')}</p>
                  </EmptyState>
                }
              >
                <Show when={query()} fallback={<EmptyState title={t('clients.noFilterResults.title')} />}>
                  <EmptyState title={t('clients.noResults.title')}>
                    <p>{t('clients.noResults.text', { query: query() })}</p>
                  </EmptyState>
                </Show>
              </Show>
            }
          >
            <ClientTable clients={list().items} busy={clients.loading} />
            <PagingButtons paging={paging} total={list().total} />
          </Show>
        )}
      </Loaded>
    </>
  );
}
