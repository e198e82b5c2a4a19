import type { SignalItem } from '@digipakket/api/contracts';
import { createAction, FailureNotice, TextField } from '@digipakket/portal-kit';
import { createEffect, createSignal } from 'solid-js';
import { t } from '../../../portal';
import { resolveSignal } from '../follow-up.services';

/** Answers a student's "needs follow-up" flag with a short note of what was done (a native modal dialog). */
export function ResolveDialog(props: {
  signal: SignalItem | undefined;
  clientName: string;
  onClose: () => void;
  onResolved: (signal: SignalItem) => void;
}) {
  let dialog: HTMLDialogElement | undefined;
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [failure, setFailure] = createSignal<unknown>();

  createEffect(() => {
    if (props.signal) {
      setNote('');
      setError(undefined);
      setFailure(undefined);
      if (!dialog?.open) dialog?.showModal();
    } else if (dialog?.open) {
      dialog.close();
    }
  });

  const resolving = createAction({
    run: (signal: SignalItem) => resolveSignal({ signalId: signal.id, note: note().trim() }),
    onSuccess: (_resolved, signal) => props.onResolved(signal),
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
    <dialog ref={dialog} class="dialog" aria-labelledby="resolve-title" onClose={() => props.onClose()}>
      <form method="dialog" class="form" onSubmit={submit} novalidate>
        <h2 id="resolve-title">{t('followUp.resolve.title', { name: props.clientName })}</h2>
        <TextField
          name="resolve-note"
          label={t('followUp.resolve.note')}
          hint={t('followUp.resolve.noteHint')}
          value={note()}
          onValue={setNote}
          error={error()}
          maxLength={500}
        />
        <FailureNotice error={failure()} />
        <div class="form__actions">
          <button type="submit" class="button button--primary">
            {t('followUp.resolve.submit')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => dialog?.close()}>
            {t('followUp.snooze.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
