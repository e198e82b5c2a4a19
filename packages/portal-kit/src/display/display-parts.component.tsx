import { createUniqueId, For, type JSX, Match, type Resource, Show, Switch } from 'solid-js';
import { isApiError } from '../api/api-client';
import { errorMessageKey } from '../api/error-messages';
import { useKitI18n } from '../i18n/use-kit-i18n';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => JSX.Element;
  /** The row's header cell (`<th scope="row">`), usually the name. */
  rowHeader?: boolean;
  class?: string;
}

/**
 * A plain data table with a caption. It scrolls sideways inside a focusable region on narrow
 * screens, so keyboard users can scroll it too.
 */
export function DataTable<Row>(props: TableProps<Row>) {
  const captionId = createUniqueId();
  return (
    <section class="table-wrap" aria-labelledby={captionId} tabindex="0">
      <ColumnsTable {...props} captionId={captionId} />
    </section>
  );
}

type TableProps<Row> = {
  caption: string;
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  busy?: boolean;
};

/**
 * The table itself, a row per item and a cell per column, where something around it (a figure, a
 * disclosure) already gives it room; `class` adds to the table's own.
 */
export function ColumnsTable<Row>(props: TableProps<Row> & { class?: string; captionId?: string }) {
  return (
    <table class={props.class ? `table ${props.class}` : 'table'} aria-busy={props.busy ? 'true' : undefined}>
      <caption id={props.captionId} classList={{ 'visually-hidden': Boolean(props.captionHidden) }}>
        {props.caption}
      </caption>
      <thead>
        <tr>
          <For each={props.columns}>
            {(column) => (
              <th scope="col" class={column.class}>
                {column.header}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <For each={props.columns}>
                {(column) =>
                  column.rowHeader ? (
                    <th scope="row" class={column.class}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td class={column.class}>{column.cell(row)}</td>
                  )
                }
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** What a page shows when there is nothing yet: a title, why, and what to do. */
export function EmptyState(props: { title: string; children?: JSX.Element; action?: JSX.Element }) {
  return (
    <section class="empty-state" aria-label={props.title}>
      <svg class="empty-state__icon" viewBox="0 0 48 48" aria-hidden="true">
        <rect x="6" y="10" width="36" height="28" rx="4" fill="none" stroke="currentColor" stroke-width="3" />
        <path d="M6 18h36" stroke="currentColor" stroke-width="3" />
        <circle cx="24" cy="29" r="3" fill="currentColor" />
      </svg>
      <h2 class="empty-state__title">{props.title}</h2>
      <Show when={props.children}>
        <div class="empty-state__text">{props.children}</div>
      </Show>
      <Show when={props.action}>
        <div class="empty-state__action">{props.action}</div>
      </Show>
    </section>
  );
}

/**
 * A list, or the empty state in its place when it has no items: the empty state's title and, when
 * given, a line on why and what to do.
 */
export function ListOrEmpty(props: {
  count: number;
  emptyTitle: string;
  emptyText?: string;
  children: JSX.Element;
}) {
  return (
    <Show
      when={props.count > 0}
      fallback={
        <EmptyState title={props.emptyTitle}>
          {props.emptyText ? <p>{props.emptyText}</p> : undefined}
        </EmptyState>
      }
    >
      {props.children}
    </Show>
  );
}

/**
 * A list of cards: `children` renders one item as its `<li class="card">`. `aria-label` names the list
 * where no heading right above it does.
 */
export function CardList<Item>(props: {
  each: readonly Item[];
  'aria-label'?: string;
  children: (item: Item) => JSX.Element;
}) {
  return (
    <ul class="card-list" aria-label={props['aria-label']}>
      <For each={props.each}>{(item) => props.children(item)}</For>
    </ul>
  );
}

/**
 * A resource that holds a list (`items`): loading and failure as {@link Loaded} shows them, then the
 * empty state while the list has no items, else `children` with the loaded value.
 */
export function LoadedList<Value extends { items: readonly unknown[] }>(props: {
  resource: Resource<Value>;
  retry: () => void;
  emptyTitle: string;
  emptyText?: string;
  children: (value: () => Value) => JSX.Element;
}) {
  return (
    <Loaded resource={props.resource} retry={props.retry}>
      {(value) => (
        <ListOrEmpty count={value().items.length} emptyTitle={props.emptyTitle} emptyText={props.emptyText}>
          {props.children(value)}
        </ListOrEmpty>
      )}
    </Loaded>
  );
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A short label in a coloured pill; `label` names what it is for screen readers ("Status"). */
export function Badge(props: { tone?: BadgeTone; label?: string; children: JSX.Element }) {
  return (
    <span class={`badge badge--${props.tone ?? 'neutral'}`}>
      <Show when={props.label}>
        <span class="visually-hidden">{props.label}: </span>
      </Show>
      {props.children}
    </span>
  );
}

/** Previous and next buttons with the range shown, for lists the API pages with `limit`/`offset`. */
export function Pagination(props: {
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useKitI18n();
  const to = () => Math.min(props.offset + props.limit, props.total);
  return (
    <Show when={props.total > props.limit}>
      <nav class="pagination" aria-label={t('pagination.label')}>
        <button
          type="button"
          class="button button--secondary"
          disabled={props.offset === 0}
          onClick={() => props.onOffset(Math.max(0, props.offset - props.limit))}
        >
          {t('pagination.previous')}
        </button>
        <span class="pagination__range">
          {t('pagination.range', { from: props.offset + 1, to: to(), total: props.total })}
        </span>
        <button
          type="button"
          class="button button--secondary"
          disabled={to() >= props.total}
          onClick={() => props.onOffset(props.offset + props.limit)}
        >
          {t('pagination.next')}
        </button>
      </nav>
    </Show>
  );
}

/** The translated explanation of an error, with the request id the helpdesk can look up. */
export function ErrorMessage(props: { error: unknown }) {
  const { t } = useKitI18n();
  return (
    <>
      {t(errorMessageKey(props.error))}
      <Show when={isApiError(props.error) && props.error.requestId}>
        {(requestId) => (
          <span class="error-reference"> {t('error.reference', { requestId: requestId() })}</span>
        )}
      </Show>
    </>
  );
}

/** A write's failure, announced where its form shows it; nothing while there is none. */
export function FailureNotice(props: { error: unknown }) {
  return (
    <Show when={props.error}>
      <p class="notice notice--error" role="alert">
        <ErrorMessage error={props.error} />
      </p>
    </Show>
  );
}

/**
 * A refusal already in words (an action's `error()`, a check made before sending), read out when it
 * appears; nothing while there is none. `inline` shows it as a field's error line instead of a notice.
 */
export function ErrorNotice(props: { error: string | undefined; inline?: boolean }) {
  return (
    <Show when={props.error}>
      <p class={props.inline ? 'field__error' : 'notice notice--error'} role="alert">
        {props.error}
      </p>
    </Show>
  );
}

/**
 * Loading, failure (with a retry) and success of one resource, in the same place every time.
 * The latest value stays on screen while a new one loads, so a search does not flash.
 */
export function Loaded<T>(props: {
  resource: Resource<T>;
  retry: () => void;
  /** Gets the value as an accessor: read it inside JSX so the view follows each new answer. */
  children: (value: () => T) => JSX.Element;
}) {
  const { t } = useKitI18n();
  return (
    <Switch>
      <Match when={props.resource.error}>
        <div class="notice notice--error" role="alert">
          <p>
            {t('common.loadFailed')} <ErrorMessage error={props.resource.error} />
          </p>
          <button type="button" class="button button--secondary" onClick={() => props.retry()}>
            {t('common.retry')}
          </button>
        </div>
      </Match>
      <Match when={props.resource.latest}>{(value) => props.children(value)}</Match>
      <Match when={props.resource.loading}>
        <p class="loading" role="status">
          <span class="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      </Match>
    </Switch>
  );
}
