import { createAction, createFormValues, DateField, TextField } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { snoozeSignal } from '../follow-up.services';
import { SignalDialog, type SignalDialogProps } from './signal-dialog.component';

const MAX_SNOOZE_DAYS = 90;

function isoDay(offsetDays: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** Snoozes a signal until a day within three months, with the reason why. */
export function SnoozeDialog(props: SignalDialogProps) {
  const form = createFormValues({ until: isoDay(7), reason: '' }, { prefix: 'snooze-' });
  const [errors, setErrors] = createSignal<{ until?: string; reason?: string }>({});
  const [failure, setFailure] = createSignal<unknown>();
  const snooze = createAction({
    run: snoozeSignal,
    onSuccess: ({ signal: snoozed }) => props.onDone(snoozed),
    onError: (error) => setFailure(error),
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const signal = props.signal;
    if (!signal) return;
    const until = form.values().until;
    const reason = form.values().reason.trim();
    const found: { until?: string; reason?: string } = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until <= isoDay(0) || until > isoDay(MAX_SNOOZE_DAYS)) {
      found.until = t('followUp.snooze.untilInvalid');
    }
    if (reason.length < 3) found.reason = t('followUp.snooze.reasonMissing');
    setErrors(found);
    if (found.until || found.reason) return;
    setFailure(undefined);
    await snooze.run({ signalId: signal.id, until, reason });
  };

  return (
    <SignalDialog
      id="snooze"
      title={t('followUp.snooze.title', { name: props.clientName })}
      open={Boolean(props.signal)}
      onOpen={() => {
        form.set({ until: isoDay(7), reason: '' });
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
        {...form.field('until')}
        label={t('followUp.snooze.until')}
        hint={t('followUp.snooze.untilHint')}
        error={errors().until}
      />
      <TextField
        {...form.field('reason')}
        label={t('followUp.snooze.reason')}
        hint={t('followUp.snooze.reasonHint')}
        error={errors().reason}
        maxLength={500}
      />
    </SignalDialog>
  );
}
