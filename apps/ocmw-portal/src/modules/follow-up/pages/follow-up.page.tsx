import '../follow-up.css';
import type { SignalItem } from '@digipakket/api/contracts';
import {
  Badge,
  DataTable,
  EmptyState,
  Loaded,
  Pagination,
  SelectField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import { i18n, plural, t } from '../../../portal';
import { ResolveDialog } from '../components/resolve-dialog.component';
import { SnoozeDialog } from '../components/snooze-dialog.component';
import { kindKey, OWNER_KINDS, ownerKey, SIGNAL_KINDS, severityTone, todoKey } from '../follow-up.labels';
import { fetchSignals, SIGNAL_PAGE_SIZE } from '../follow-up.services';

/**
 * The follow-up list: the open signals of my clients (a project lead: of everyone), earliest due
 * first, each with what to do and one click to the client.
 */
export function FollowUpPage() {
  const { session, status } = usePortal();
  usePageTitle(() => t('followUp.title'));
  const lead = () => session.me()?.user.role !== 'social_worker';
  const [kind, setKind] = createSignal('');
  const [owner, setOwner] = createSignal('');
  const [state, setState] = createSignal<'open' | 'snoozed'>('open');
  const [mine, setMine] = createSignal(false);
  const [offset, setOffset] = createSignal(0);
  const [snoozing, setSnoozing] = createSignal<SignalItem>();
  const [resolving, setResolving] = createSignal<SignalItem>();
  let opener: HTMLButtonElement | undefined;

  const [signals, { refetch }] = createResource(
    () => ({
      mine: mine() || !lead() ? ('1' as const) : undefined,
      kind: (kind() || undefined) as SignalItem['kind'] | undefined,
      owner: (owner() || undefined) as SignalItem['owner'] | undefined,
      status: state(),
      limit: SIGNAL_PAGE_SIZE,
      offset: offset(),
    }),
    (query) => fetchSignals({ query }),
  );

  const name = (signal: SignalItem) => `${signal.client.firstName} ${signal.client.lastName}`;
  const date = (iso: string) =>
    i18n.formatDate(new Date(iso), { day: 'numeric', month: 'short', year: 'numeric' });
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value);
    setOffset(0);
  };

  return (
    <>
      <div class="page-header">
        <h1>{t('followUp.title')}</h1>
      </div>
      <p class="lead">{lead() ? t('followUp.intro.lead') : t('followUp.intro.worker')}</p>

      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label={t('followUp.filters')}>
        <SelectField
          name="signal-state"
          label={t('followUp.filter.status')}
          required={false}
          value={state()}
          onValue={(value) => {
            setState(value === 'snoozed' ? 'snoozed' : 'open');
            setOffset(0);
          }}
          options={[
            { value: 'open', label: t('followUp.status.open') },
            { value: 'snoozed', label: t('followUp.status.snoozed') },
          ]}
        />
        <SelectField
          name="signal-kind"
          label={t('followUp.filter.kind')}
          required={false}
          value={kind()}
          onValue={filter(setKind)}
          options={[
            { value: '', label: t('followUp.filter.all') },
            ...SIGNAL_KINDS.map((value) => ({ value, label: t(kindKey(value)) })),
          ]}
        />
        <Show when={lead()}>
          <SelectField
            name="signal-owner"
            label={t('followUp.filter.owner')}
            required={false}
            value={owner()}
            onValue={filter(setOwner)}
            options={[
              { value: '', label: t('followUp.filter.all') },
              ...OWNER_KINDS.map((value) => ({ value, label: t(ownerKey(value)) })),
            ]}
          />
          <label class="checkbox">
            <input
              type="checkbox"
              checked={mine()}
              onChange={(event) => {
                setMine(event.currentTarget.checked);
                setOffset(0);
              }}
            />
            {t('followUp.filter.mine')}
          </label>
        </Show>
      </form>

      <p class="result-count" role="status" aria-live="polite">
        {signals.latest
          ? plural(signals.latest.total, { one: 'followUp.total.one', other: 'followUp.total.other' })
          : ''}
      </p>

      <Loaded resource={signals} retry={refetch}>
        {(list) => (
          <Show
            when={list().items.length > 0}
            fallback={
              <EmptyState title={t('followUp.empty.title')}>
                <p>{t('followUp.empty.text')}</p>
              </EmptyState>
            }
          >
            <DataTable
              caption={t('followUp.table.caption')}
              captionHidden
              busy={signals.loading}
              rows={list().items}
              columns={[
                {
                  header: t('followUp.column.due'),
                  class: 'nowrap',
                  cell: (signal) => (
                    <>
                      <time datetime={signal.dueAt}>{date(signal.dueAt)}</time>{' '}
                      <Badge tone={severityTone(signal.severity)}>
                        {t(`followUp.severity.${signal.severity}`)}
                      </Badge>
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
                        onClick={(event) => {
                          opener = event.currentTarget;
                          setSnoozing(signal);
                        }}
                      >
                        {t('followUp.snooze')}
                      </button>
                      <Show when={signal.kind === 'visit.needs_follow_up'}>
                        {' '}
                        <button
                          type="button"
                          class="button button--secondary button--compact"
                          aria-label={t('followUp.resolve.for', { name: name(signal) })}
                          onClick={(event) => {
                            opener = event.currentTarget;
                            setResolving(signal);
                          }}
                        >
                          {t('followUp.resolve')}
                        </button>
                      </Show>
                    </Show>
                  ),
                },
              ]}
            />
            <Pagination
              offset={offset()}
              limit={SIGNAL_PAGE_SIZE}
              total={list().total}
              onOffset={setOffset}
            />
          </Show>
        )}
      </Loaded>

      <ResolveDialog
        signal={resolving()}
        clientName={resolving() ? name(resolving()!) : ''}
        onClose={() => {
          setResolving(undefined);
          opener?.focus();
        }}
        onResolved={(signal) => {
          status.announce(t('followUp.resolved', { name: name(signal) }));
          setResolving(undefined);
          void refetch();
        }}
      />
      <SnoozeDialog
        signal={snoozing()}
        clientName={snoozing() ? name(snoozing()!) : ''}
        onClose={() => {
          setSnoozing(undefined);
          opener?.focus();
        }}
        onSnoozed={(signal) => {
          status.announce(t('followUp.snoozed', { name: name(signal) }));
          setSnoozing(undefined);
          void refetch();
        }}
      />
    </>
  );
}
