import '../follow-up.css';
import type { SignalItem } from '@digipakket/api/contracts';
import { LoadedList, usePortal } from '@digipakket/portal-kit';
import { type Accessor, createSignal } from 'solid-js';
import { t } from '../../../portal';
import { DueRounds } from '../../outcomes/components/due-rounds.component';
import { PageHeader } from '../../shared/page-header.component';
import { createPaging, PagingButtons } from '../../shared/paging.component';
import { ResultCount } from '../../shared/result-count.component';
import { ResolveDialog } from '../components/resolve-dialog.component';
import type { SignalDialogProps } from '../components/signal-dialog.component';
import { SignalFilters } from '../components/signal-filters.component';
import { SignalTable, signalClientName } from '../components/signal-table.component';
import { SnoozeDialog } from '../components/snooze-dialog.component';
import { createSignalsQuery } from '../follow-up.queries';
import { SIGNAL_PAGE_SIZE } from '../follow-up.services';

/**
 * The follow-up list: the open signals of my clients (a project lead: of everyone), earliest due
 * first, each with what to do and one click to the client.
 */
export function FollowUpPage() {
  const { session, status } = usePortal();
  const lead = () => session.me()?.user.role !== 'social_worker';
  const [kind, setKind] = createSignal('');
  const [owner, setOwner] = createSignal('');
  const [state, setState] = createSignal<'open' | 'snoozed'>('open');
  const [mine, setMine] = createSignal(false);
  const paging = createPaging(SIGNAL_PAGE_SIZE);
  const [snoozing, setSnoozing] = createSignal<SignalItem>();
  const [resolving, setResolving] = createSignal<SignalItem>();
  let opener: HTMLButtonElement | undefined;

  const [signals, { refetch }] = createSignalsQuery(() => ({
    mine: mine() || !lead() ? ('1' as const) : undefined,
    kind: (kind() || undefined) as SignalItem['kind'] | undefined,
    owner: (owner() || undefined) as SignalItem['owner'] | undefined,
    status: state(),
    limit: paging.limit,
    offset: paging.offset(),
  }));

  const name = signalClientName;

  /**
   * A dialog open for `open()`'s signal: closing it goes back to the button that opened it; once its
   * change is made it says so, closes and loads the list again.
   */
  const dialogFor = (
    open: Accessor<SignalItem | undefined>,
    setOpen: (signal: undefined) => void,
    done: 'followUp.resolved' | 'followUp.snoozed',
  ): SignalDialogProps => ({
    get signal() {
      return open();
    },
    get clientName() {
      const signal = open();
      return signal ? name(signal) : '';
    },
    onClose: () => {
      setOpen(undefined);
      opener?.focus();
    },
    onDone: (signal) => {
      status.announce(t(done, { name: name(signal) }));
      setOpen(undefined);
      void refetch();
    },
  });
  return (
    <>
      <PageHeader
        title={t('followUp.title')}
        lead={lead() ? t('followUp.intro.lead') : t('followUp.intro.worker')}
      />

      <SignalFilters
        lead={lead()}
        values={{ state: state(), kind: kind(), owner: owner(), mine: mine() }}
        onChange={(change) => {
          if (change.state !== undefined) setState(change.state);
          if (change.kind !== undefined) setKind(change.kind);
          if (change.owner !== undefined) setOwner(change.owner);
          if (change.mine !== undefined) setMine(change.mine);
          paging.restart();
        }}
      />

      <ResultCount total={signals.latest?.total} one="followUp.total.one" other="followUp.total.other" />

      <LoadedList
        resource={signals}
        retry={refetch}
        emptyTitle={t('followUp.empty.title')}
        emptyText={t('followUp.empty.text')}
      >
        {(list) => (
          <>
            <SignalTable
              signals={list().items}
              busy={signals.loading}
              onSnooze={(signal, button) => {
                opener = button;
                setSnoozing(signal);
              }}
              onResolve={(signal, button) => {
                opener = button;
                setResolving(signal);
              }}
            />
            <PagingButtons paging={paging} total={list().total} />
          </>
        )}
      </LoadedList>

      <DueRounds scope={lead() && !mine() ? 'all' : 'mine'} />

      <ResolveDialog {...dialogFor(resolving, setResolving, 'followUp.resolved')} />
      <SnoozeDialog {...dialogFor(snoozing, setSnoozing, 'followUp.snoozed')} />
    </>
  );
}
