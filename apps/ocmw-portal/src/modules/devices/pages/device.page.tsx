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
import { createSignal, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { errorText, formatDay } from '../../shared/error-text';
import { createDeviceQuery } from '../devices.queries';
import { moveDevice } from '../devices.services';

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

  const reason = () => (note().trim() ? { reason: note().trim() } : {});

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
                <Show when={data().device.status === 'handed_out'}>
                  <button
                    type="button"
                    class="button button--secondary"
                    disabled={busy()}
                    onClick={() => run({ type: 'return', ...reason() })}
                  >
                    {t('device.return')}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary"
                    disabled={busy() || note().trim() === ''}
                    onClick={() => run({ type: 'report_defective', note: note().trim() })}
                  >
                    {t('device.defective')}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary"
                    disabled={busy()}
                    onClick={() => run({ type: 'report_lost', ...reason() })}
                  >
                    {t('device.lost')}
                  </button>
                </Show>
                <Show when={data().device.status === 'defective' || data().device.status === 'returned'}>
                  <button
                    type="button"
                    class="button button--primary"
                    disabled={busy()}
                    onClick={() => run({ type: 'restock', ...reason() })}
                  >
                    {t('device.restock')}
                  </button>
                </Show>
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
