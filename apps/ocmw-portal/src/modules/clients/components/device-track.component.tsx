import type { ClientOverview } from '@digipakket/api/contracts';
import { ErrorNotice, SelectField } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { createStockQuery } from '../../devices/devices.queries';
import { moveDevice } from '../../devices/devices.services';
import { PickupAppointment } from '../../guidance/components/pickup-appointment.component';
import { formatDay } from '../../shared/error-text';
import { LinkButton } from '../../shared/link-button.component';
import { codeText, Facts, Section, useTrackAction } from './track-parts.component';

/** The laptop track: reserve one from stock, book the pickup, hand it out or cancel the reservation. */
export function DeviceTrack(props: { overview: ClientOverview; refetch: () => void }) {
  const clientId = () => props.overview.client.id;
  const device = () => props.overview.device;
  const approved = () => props.overview.intake?.decision === 'approved';
  const holds = () => device()?.status === 'reserved' || device()?.status === 'handed_out';
  const [stock] = createStockQuery(() => approved() && !holds());
  const [choice, setChoice] = createSignal('');
  const action = useTrackAction(props.refetch);
  const reserve = (event: SubmitEvent) => {
    event.preventDefault();
    const deviceId = choice() || stock()?.items[0]?.id;
    if (!deviceId) return;
    void action.run(
      () => moveDevice({ deviceId, transition: { type: 'reserve', clientId: clientId() } }),
      t('client.device.reserved'),
    );
  };
  return (
    <Section id="track-device" title={t('client.device.title')}>
      <Show
        when={device()}
        fallback={<p>{approved() ? t('client.device.noneYet') : t('client.device.needsApproval')}</p>}
      >
        {(current) => (
          <Facts
            items={[
              [t('client.device.model'), `${current().model} (${current().serial})`],
              [t('client.device.status'), codeText('device.status', current().status)],
              [t('client.device.reservedAt'), formatDay(current().reservedAt) || '—'],
              [t('client.device.handedOutAt'), formatDay(current().handedOutAt) || '—'],
              [
                t('client.device.signature'),
                current().signatureMethod ? t(`signature.${current().signatureMethod!}` as OcmwKey) : '—',
              ],
            ]}
          />
        )}
      </Show>
      <Show when={approved() && !holds()}>
        <form class="inline-form" onSubmit={reserve}>
          <SelectField
            name="reserve-device"
            label={t('client.device.choose')}
            value={choice() || (stock()?.items[0]?.id ?? '')}
            onValue={setChoice}
            options={(stock()?.items ?? []).map((item) => ({
              value: item.id,
              label: `${item.serial} — ${item.model}`,
            }))}
          />
          <button
            type="submit"
            class="button button--primary"
            disabled={action.busy() || !stock()?.items.length}
          >
            {t('client.device.reserve')}
          </button>
        </form>
      </Show>
      <Show when={device()?.status === 'reserved'}>
        <PickupAppointment deviceId={device()!.id} pickupAt={device()!.pickupAt} onBooked={props.refetch} />
        <div class="button-row">
          <LinkButton href={`/clients/${clientId()}/handout`} primary label={t('client.device.handout')} />
          <button
            type="button"
            class="button button--secondary"
            disabled={action.busy()}
            onClick={() =>
              action.run(
                () => moveDevice({ deviceId: device()!.id, transition: { type: 'cancel_reservation' } }),
                t('client.device.cancelled'),
              )
            }
          >
            {t('client.device.cancelReservation')}
          </button>
        </div>
      </Show>
      <Show when={device()}>
        {(current) => (
          <p class="button-row">
            <A href={`/devices/${current().id}`}>{t('client.device.open')}</A>
            <Show when={current().status === 'handed_out'}>
              <a
                href={`/api/clients/${clientId()}/documents/receipt.pdf?language=${props.overview.client.preferredLanguage}`}
                target="_blank"
                rel="noopener"
              >
                {t('client.device.printReceipt')}
              </a>
            </Show>
          </p>
        )}
      </Show>
      <ErrorNotice error={action.error()} />
    </Section>
  );
}
