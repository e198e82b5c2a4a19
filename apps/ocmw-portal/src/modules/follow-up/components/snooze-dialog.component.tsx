import type { SignalItem } from '@digipakket/api/contracts';
import { createAction, DateField, FailureNotice, TextField } from '@digipakket/portal-kit';
import { createEffect, createSignal } from 'solid-js';
import { t } from '../../../portal';
import { snoozeSignal } from '../follow-up.services';

const MAX_SNOOZE_DAYS = 90;

function isoDay(offsetDays: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/**
 * The snooze dialog: a native modal dialog, so focus stays inside, Escape closes it and focus goes
 * back to the button that opened it.
 */
export function SnoozeDialog(props: {
  signal: SignalItem | undefined;
  clientName: string;
  onClose: () => void;
  onSnoozed: (signal: SignalItem) => void;
}) {
  let dialog: HTMLDialogElement | undefined;
  const [until, setUntil] = createSignal(isoDay(7));
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<{ until?: string; reason?: string }>({});
  const [failure, setFailure] = createSignal<unknown>();
  const snooze = createAction({
    run: snoozeSignal,
    onSuccess: ({ signal: snoozed }) => props.onSnoozed(snoozed),
    onError: (error) => setFailure(error),
  });

  createEffect(() => {
    if (props.signal) {
      setUntil(isoDay(7));
      setReason('');
      setErrors({});
      setFailure(undefined);
      if (!dialog?.open) dialog?.showModal();
    } else if (dialog?.open) {
      dialog.close();
    }
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const signal = props.signal;
    if (!signal) return;
    const found: { until?: string; reason?: string } = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until()) || until() <= isoDay(0) || until() > isoDay(MAX_SNOOZE_DAYS)) {
      found.until = t('followUp.snooze.untilInvalid');
    }
    if (reason().trim().length < 3) found.reason = t('followUp.snooze.reasonMissing');
    setErrors(found);
    if (found.until || found.reason) return;
    setFailure(undefined);
    await snooze.run({ signalId: signal.id, until: until(), reason: reason().trim() });
  };

  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="snooze-title" onClose={() => props.onClose()}>
      <form method="dialog" class="form" onSubmit={submit} novalidate>
        <h2 id="snooze-title">{t('followUp.snooze.title', { name: props.clientName })}</h2>
        <p>{t('followUp.snooze.intro')}</p>
        <DateField
          name="snooze-until"
          label={t('followUp.snooze.until')}
          hint={t('followUp.snooze.untilHint')}
          value={until()}
          onValue={setUntil}
          error={errors().until}
          width="medium"
        />
        <TextField
          name="snooze-reason"
          label={t('followUp.snooze.reason')}
          hint={t('followUp.snooze.reasonHint')}
          value={reason()}
          onValue={setReason}
          error={errors().reason}
          maxLength={500}
        />
        <FailureNotice error={failure()} />
        <div class="form__actions">
          <button type="submit" class="button button--primary" disabled={snooze.busy()}>
            {t('followUp.snooze.submit')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => dialog?.close()}>
            {t('followUp.snooze.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
