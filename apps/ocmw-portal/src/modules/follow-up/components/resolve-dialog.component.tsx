import type { SignalItem } from '@digipakket/api/contracts';
import { createAction, createFormValues, TextField } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { resolveSignal } from '../follow-up.services';
import { SignalDialog, type SignalDialogProps } from './signal-dialog.component';

/** Answers a student's "needs follow-up" flag with a short note of what was done (a native modal dialog). */
export function ResolveDialog(props: SignalDialogProps) {
  const form = createFormValues({ note: '' }, { prefix: 'resolve-' });
  const note = () => form.values().note;
  const [error, setError] = createSignal<string>();
  const [failure, setFailure] = createSignal<unknown>();

  const resolving = createAction({
    run: (signal: SignalItem) => resolveSignal({ signalId: signal.id, note: note().trim() }),
    onSuccess: (_resolved, signal) => props.onDone(signal),
    onError: (caught) => setFailure(caught),
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const signal = props.signal;
    if (!signal) return;
    if (note().trim().length < 3) {
      setError(t('followUp.resolve.noteMissing'));
      return;
    }
    setError(undefined);
    void resolving.run(signal);
  };

  return (
    <SignalDialog
      id="resolve"
      title={t('followUp.resolve.title', { name: props.clientName })}
      open={Boolean(props.signal)}
      onOpen={() => {
        form.reset();
        setError(undefined);
        setFailure(undefined);
      }}
      onClose={props.onClose}
      onSubmit={submit}
      failure={failure()}
      submitLabel={t('followUp.resolve.submit')}
    >
      <TextField
        {...form.field('note')}
        label={t('followUp.resolve.note')}
        hint={t('followUp.resolve.noteHint')}
        error={error()}
        maxLength={500}
      />
    </SignalDialog>
  );
}
