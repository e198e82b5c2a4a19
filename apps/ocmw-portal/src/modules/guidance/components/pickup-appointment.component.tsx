import { fieldId, usePortal } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
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
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const id = fieldId('pickup-at');

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const when = value() ? new Date(value()) : undefined;
    if (!when || Number.isNaN(when.getTime())) {
      setError(t('guidance.pickup.missing'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await bookPickup({ deviceId: props.deviceId, pickupAt: when.toISOString() });
      status.announce(t('guidance.pickup.booked'));
      setValue('');
      props.onBooked();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="inline-form" onSubmit={submit}>
      <p data-testid="pickup-at">
        {props.pickupAt
          ? t('guidance.pickup.at', { when: formatDay(props.pickupAt, true) })
          : t('guidance.pickup.none')}
      </p>
      <div class="field">
        <label class="field__label" for={id}>
          {t('guidance.pickup.label')}
        </label>
        <input
          id={id}
          class="input input--medium"
          type="datetime-local"
          value={value()}
          onInput={(event) => setValue(event.currentTarget.value)}
          aria-invalid={error() ? 'true' : undefined}
        />
      </div>
      <button type="submit" class="button button--secondary" aria-disabled={busy() ? 'true' : undefined}>
        {props.pickupAt ? t('guidance.pickup.move') : t('guidance.pickup.book')}
      </button>
      <Show when={error()}>
        <p class="notice notice--error" role="alert">
          {error()}
        </p>
      </Show>
    </form>
  );
}
