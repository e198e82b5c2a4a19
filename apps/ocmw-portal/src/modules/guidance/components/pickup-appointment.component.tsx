import { createAction, DateField, ErrorNotice, usePortal } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { errorText, formatDay } from '../../shared/error-text';
import { bookPickup } from '../guidance.services';

/** The appointment to pick up a reserved laptop: shown, and booked or moved in place. */
export function PickupAppointment(props: {
  deviceId: string;
  pickupAt: string | null;
  onBooked: () => void;
}) {
  const { status } = usePortal();
  const [value, setValue] = createSignal('');
  const booking = createAction({ run: (work: () => Promise<void>) => work(), errorText });
  const busy = booking.busy;
  const error = booking.error;
  const setError = booking.setError;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const when = value() ? new Date(value()) : undefined;
    if (!when || Number.isNaN(when.getTime())) {
      setError(t('guidance.pickup.missing'));
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
        invalid={Boolean(error())}
        value={value()}
        onValue={setValue}
      />
      <button type="submit" class="button button--secondary" aria-disabled={busy() ? 'true' : undefined}>
        {props.pickupAt ? t('guidance.pickup.move') : t('guidance.pickup.book')}
      </button>
      <ErrorNotice error={error()} />
    </form>
  );
}
