import { createAction, DateField, ErrorNotice, usePortal } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { errorText, formatDay } from '../../shared/error-text';
import { bookPickup } from '../guidance.services';
import { BusySubmit } from './guidance-parts.component';

/** The appointment to pick up a reserved laptop: shown, and booked or moved in place. */
export function PickupAppointment(props: {
  deviceId: string;
  pickupAt: string | null;
  onBooked: () => void;
}) {
  const { status } = usePortal();
  const [value, setValue] = createSignal('');
  const booking = createAction({ run: (work: () => Promise<void>) => work(), errorText });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (booking.busy()) return;
    const when = value() ? new Date(value()) : undefined;
    if (!when || Number.isNaN(when.getTime())) {
      booking.setError(t('guidance.pickup.missing'));
      return;
    }
    await booking.run(async () => {
      await bookPickup({ deviceId: props.deviceId, pickupAt: when.toISOString() });
      status.announce(t('guidance.pickup.booked'));
      setValue('');
      props.onBooked();
    });
  };

  return (
    <form class="inline-form" onSubmit={submit}>
      <p data-testid="pickup-at">
        {props.pickupAt
          ? t('guidance.pickup.at', { when: formatDay(props.pickupAt, true) })
          : t('guidance.pickup.none')}
      </p>
      <DateField
        name="pickup-at"
        kind="datetime-local"
        label={t('guidance.pickup.label')}
        required={false}
        invalid={Boolean(booking.error())}
        value={value()}
        onValue={setValue}
      />
      <BusySubmit busy={booking.busy()}>
        {props.pickupAt ? t('guidance.pickup.move') : t('guidance.pickup.book')}
      </BusySubmit>
      <ErrorNotice error={booking.error()} />
    </form>
  );
}
