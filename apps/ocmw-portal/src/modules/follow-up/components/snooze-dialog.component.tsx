import type { SignalItem } from '@digipakket/api/contracts';
import { createAction, DateField, TextField } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { snoozeSignal } from '../follow-up.services';
import { SignalDialog } from './signal-dialog.component';

const MAX_SNOOZE_DAYS = 90;

function isoDay(offsetDays: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** Snoozes a signal until a day within three months, with the reason why. */
export function SnoozeDialog(props: {
  signal: SignalItem | undefined;
  clientName: string;
  onClose: () => void;
  onSnoozed: (signal: SignalItem) => void;
}) {
  const [until, setUntil] = createSignal(isoDay(7));
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<{ until?: string; reason?: string }>({});
  const [failure, setFailure] = createSignal<unknown>();
  const snooze = createAction({
    run: snoozeSignal,
    onSuccess: ({ signal: snoozed }) => props.onSnoozed(snoozed),
    onError: (error) => setFailure(error),
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
    <SignalDialog
      id="snooze"
      title={t('followUp.snooze.title', { name: props.clientName })}
      open={Boolean(props.signal)}
      onOpen={() => {
        setUntil(isoDay(7));
        setReason('');
        setErrors({});
        setFailure(undefined);
      }}
      onClose={props.onClose}
      onSubmit={submit}
      failure={failure()}
      submitLabel={t('followUp.snooze.submit')}
      busy={snooze.busy()}
    >
      <p>{t('followUp.snooze.intro')}</p>
      <DateField
        name="snooze-until"
        label={t('followUp.snooze.until')}
        hint={t('followUp.snooze.untilHint')}
        value={until()}
        onValue={setUntil}
        error={errors().until}
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
    </SignalDialog>
  );
}
