import { TRAJECTORY_STATUSES } from '@digipakket/domain';
import {
  type ClientSummary,
  DataTable,
  EmptyState,
  Loaded,
  Pagination,
  SelectField,
  TextField,
  usePageTitle,
} from '@digipakket/portal-kit';
import { A, useLocation, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import { i18n, plural, t } from '../../../portal';
import { kindKey, SIGNAL_KINDS } from '../../follow-up/follow-up.labels';
import { fetchProgrammes } from '../../waves/waves.services';
import { CLIENT_PAGE_SIZE, type ClientFilters, fetchClients, fetchSocialWorkers } from '../clients.services';
import { ClientStatusBadge } from '../components/client-status-badge.component';

const FILTER_KEYS = ['status', 'waveId', 'signal', 'socialWorkerId', 'mine'] as const;

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
    setOffset(0);
  };
  const [waves] = createResource(async () =>
    (await fetchProgrammes()).items.flatMap((programme) => programme.waves),
  );
  const [socialWorkers] = createResource(async () => (await fetchSocialWorkers()).items);
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
    () => ({ q: query(), offset: offset(), filters: filters() }),
    (request) => fetchClients(request),
  );

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

      <fieldset class="filters">
        <legend>{t('clients.filters.title')}</legend>
        <SelectField
          name="filter-status"
          label={t('clients.filter.status')}
          optional
          value={params.status ?? ''}
          onValue={(value) => setFilter('status', value)}
          placeholder={t('clients.filter.all')}
          options={TRAJECTORY_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
        <SelectField
          name="filter-wave"
          label={t('clients.filter.wave')}
          optional
          value={params.waveId ?? ''}
          onValue={(value) => setFilter('waveId', value)}
          placeholder={t('clients.filter.all')}
          options={(waves() ?? []).map((wave) => ({ value: wave.id, label: wave.name }))}
        />
        <SelectField
          name="filter-signal"
          label={t('clients.filter.signal')}
          optional
          value={params.signal ?? ''}
          onValue={(value) => setFilter('signal', value)}
          placeholder={t('clients.filter.all')}
          options={[
            { value: 'any', label: t('clients.filter.signal.any') },
            ...SIGNAL_KINDS.map((kind) => ({ value: kind, label: t(kindKey(kind)) })),
          ]}
        />
        <SelectField
          name="filter-social-worker"
          label={t('clients.filter.socialWorker')}
          optional
          value={params.socialWorkerId ?? ''}
          onValue={(value) => setFilter('socialWorkerId', value)}
          placeholder={t('clients.filter.all')}
          options={(socialWorkers() ?? []).map((worker) => ({ value: worker.id, label: worker.name }))}
        />
        <label class="checkbox-line filters__mine">
          <input
            type="checkbox"
            name="filter-mine"
            checked={params.mine === '1'}
            onChange={(event) => setFilter('mine', event.currentTarget.checked ? '1' : '')}
          />{' '}
          {t('clients.filter.mine')}
        </label>
        <Show when={filtered()}>
          <button
            type="button"
            class="button button--secondary filters__clear"
            onClick={() => {
              setParams(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
              setOffset(0);
            }}
          >
            {t('clients.filter.clear')}
          </button>
        </Show>
      </fieldset>

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
                <Show when={query()} fallback={<EmptyState title={t('clients.noFilterResults.title')} />}>
                  <EmptyState title={t('clients.noResults.title')}>
                    <p>{t('clients.noResults.text', { query: query() })}</p>
                  </EmptyState>
                </Show>
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
