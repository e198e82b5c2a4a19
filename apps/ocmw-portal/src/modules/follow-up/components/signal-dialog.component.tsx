import type { SignalItem } from '@digipakket/api/contracts';
import { FailureNotice } from '@digipakket/portal-kit';
import { createEffect, type JSX } from 'solid-js';
import { t } from '../../../portal';
import { FormActions } from '../../shared/form-actions.component';

/**
 * What the follow-up page gives a signal's dialog: the signal it is open for (none while closed), the
 * client's name, and what to do when it closes and once its change is made.
 */
export interface SignalDialogProps {
  signal: SignalItem | undefined;
  clientName: string;
  onClose: () => void;
  onDone: (signal: SignalItem) => void;
}

/**
 * A signal's form in a native modal dialog, so focus stays inside, Escape closes it and focus goes
 * back to the button that opened it. It opens, its form emptied first, while a signal is chosen.
 */
export function SignalDialog(props: {
  /** Names the dialog's title element (`<id>-title`). */
  id: string;
  title: string;
  open: boolean;
  /** Empties the form for the signal just chosen. */
  onOpen: () => void;
  onClose: () => void;
  onSubmit: (event: SubmitEvent) => void;
  failure: unknown;
  submitLabel: string;
  busy?: boolean;
  children: JSX.Element;
}) {
  let dialog: HTMLDialogElement | undefined;
  createEffect(() => {
    if (props.open) {
      props.onOpen();
      if (!dialog?.open) dialog?.showModal();
    } else if (dialog?.open) {
      dialog.close();
    }
  });
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby={`${props.id}-title`} onClose={() => props.onClose()}>
      <form method="dialog" class="form" onSubmit={(event) => props.onSubmit(event)} novalidate>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.children}
        <FailureNotice error={props.failure} />
        <FormActions submit={props.submitLabel} busy={props.busy}>
          <button type="button" class="button button--secondary" onClick={() => dialog?.close()}>
            {t('followUp.snooze.cancel')}
          </button>
        </FormActions>
      </form>
    </dialog>
  );
}
