import type { DeviceTransition } from '@digipakket/api/contracts';
import {
  createAction,
  DataTable,
  ErrorNotice,
  Loaded,
  TextField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { errorText, formatDay } from '../../shared/error-text';
import { createDeviceQuery } from '../devices.queries';
import { moveDevice } from '../devices.services';

/** A note as the optional reason of a move: none when it is empty. */
const reasonOf = (note: string) => (note ? { reason: note } : {});

/**
 * The moves a laptop allows from its states, in the order of their buttons, each made from the
 * trimmed note; a defect needs the note (what is wrong), the others send it as their reason.
 */
const MOVES: {
  from: string[];
  label: OcmwKey;
  needsNote?: boolean;
  primary?: boolean;
  transition: (note: string) => DeviceTransition;
}[] = [
  {
    from: ['handed_out'],
    label: 'device.return',
    transition: (note) => ({ type: 'return', ...reasonOf(note) }),
  },
  {
    from: ['handed_out'],
    label: 'device.defective',
    needsNote: true,
    transition: (note) => ({ type: 'report_defective', note }),
  },
  {
    from: ['handed_out'],
    label: 'device.lost',
    transition: (note) => ({ type: 'report_lost', ...reasonOf(note) }),
  },
  {
    from: ['defective', 'returned'],
    label: 'device.restock',
    primary: true,
    transition: (note) => ({ type: 'restock', ...reasonOf(note) }),
  },
];

/** One laptop: its state, holder and history, and the changes that can be recorded from here. */
export function DevicePage() {
  const params = useParams<{ id: string }>();
  const { status } = usePortal();
  const [detail, { refetch }] = createDeviceQuery(() => params.id);
  const [note, setNote] = createSignal('');
  const move = createAction({ run: (work: () => Promise<void>) => work(), errorText });
  const busy = move.busy;
  const error = move.error;
  usePageTitle(() => detail.latest?.device.serial ?? t('devices.title'));

  const run = async (transition: DeviceTransition) => {
    if (busy()) return;
    await move.run(async () => {
      await moveDevice({ deviceId: params.id, transition });
      status.announce(t('device.updated'));
      setNote('');
      refetch();
    });
  };

  return (
    <Loaded resource={detail} retry={refetch}>
      {(data) => (
        <>
          <p class="eyebrow">
            <A href="/devices">{t('devices.title')}</A>
          </p>
          <h1>
            {data().device.model} — {data().device.serial}
          </h1>
          <p class="lead">
            {t(`device.status.${data().device.status}` as OcmwKey)}
            <Show when={data().device.holder}>
              {(holder) => (
                <>
                  {' · '}
                  <A href={`/clients/${holder().id}`}>{holder().name}</A>
                </>
              )}
            </Show>
          </p>
          <ErrorNotice error={error()} />
          <Show when={['handed_out', 'defective', 'returned'].includes(data().device.status)}>
            <section class="card" aria-labelledby="device-actions">
              <h2 id="device-actions">{t('device.actions')}</h2>
              <TextField
                name="device-note"
                label={t('device.note')}
                optional
                value={note()}
                onValue={setNote}
                maxLength={500}
              />
              <div class="button-row">
                <For each={MOVES.filter((move) => move.from.includes(data().device.status))}>
                  {(move) => (
                    <button
                      type="button"
                      class={move.primary ? 'button button--primary' : 'button button--secondary'}
                      disabled={busy() || (move.needsNote && note().trim() === '')}
                      onClick={() => run(move.transition(note().trim()))}
                    >
                      {t(move.label)}
                    </button>
                  )}
                </For>
              </div>
            </section>
          </Show>
          <DataTable
            caption={t('device.history')}
            rows={data().history}
            columns={[
              {
                header: t('device.history.when'),
                cell: (event) => formatDay(event.at, true),
                rowHeader: true,
                class: 'nowrap',
              },
              {
                header: t('device.history.what'),
                cell: (event) => t(`device.status.${event.toStatus}` as OcmwKey),
              },
              {
                header: t('device.history.client'),
                cell: (event) =>
                  event.clientId && event.clientName ? (
                    <A href={`/clients/${event.clientId}`}>{event.clientName}</A>
                  ) : (
                    '—'
                  ),
              },
              { header: t('device.history.who'), cell: (event) => event.actorName ?? '—' },
              {
                header: t('device.history.note'),
                cell: (event) =>
                  [
                    event.reason,
                    event.signatureMethod ? t(`signature.${event.signatureMethod}` as OcmwKey) : '',
                  ]
                    .filter(Boolean)
                    .join(' — ') || '—',
              },
            ]}
          />
        </>
      )}
    </Loaded>
  );
}
