import type { WithdrawInput } from '@digipakket/api/contracts';
import { WITHDRAWAL_REASONS, type WithdrawalReason } from '@digipakket/domain';
import { createSignal, Show } from 'solid-js';
import { createAction } from '../actions/create-action';
import { usePortal } from '../session/portal-context';
import { SelectField, TextField } from './text-field.component';

/** The reasons the form offers, in its order: the domain's list, the one the API accepts. */
export const WITHDRAWAL_REASON_CODES = WITHDRAWAL_REASONS;

export const withdrawalReasonKey = (reason: WithdrawalReason) => `withdrawal.reason.${reason}` as const;

/**
 * Withdrawing a learner from a group asks why: a reason from the short list, and words of one's own
 * when none fits. The form stays folded behind its button (`buttonLabel`) until asked for. The welfare
 * centre and the training coordinator both use it, so both store the same reasons.
 */
export function WithdrawForm(props: {
  id: string;
  /** Who or what is left, named in the form's label: the learner, or the group. */
  name: string;
  buttonLabel: string;
  disabled?: boolean;
  onWithdraw: (input: WithdrawInput) => Promise<unknown>;
}) {
  const { i18n } = usePortal();
  const t = i18n.t;
  const [open, setOpen] = createSignal(false);
  const [reason, setReason] = createSignal<WithdrawalReason | ''>('');
  const [note, setNote] = createSignal('');
  const [errors, setErrors] = createSignal<{ reason?: string; note?: string }>({});
  const withdraw = createAction({
    run: (input: WithdrawInput) => props.onWithdraw(input),
    // The page that withdraws says what went wrong, beside the learner or the group it concerns.
    onError: () => {},
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = reason();
    const problems = {
      reason: chosen ? undefined : t('withdrawal.reason.required'),
      note: chosen === 'other' && !note().trim() ? t('withdrawal.note.required') : undefined,
    };
    setErrors(problems);
    if (!chosen || problems.note) return;
    await withdraw.run({ reason: chosen, ...(note().trim() ? { note: note().trim() } : {}) });
  };
  return (
    <div class="withdraw">
      <button
        type="button"
        class="button button--secondary"
        aria-expanded={open()}
        disabled={props.disabled}
        onClick={() => setOpen(!open())}
      >
        {props.buttonLabel}
      </button>
      <Show when={open()}>
        <form
          class="form"
          onSubmit={submit}
          noValidate
          aria-label={t('withdrawal.form', { name: props.name })}
        >
          <SelectField
            name={`withdraw-reason-${props.id}`}
            label={t('withdrawal.reason')}
            placeholder={t('withdrawal.reason.choose')}
            value={reason()}
            onValue={(value) => {
              setReason(value as WithdrawalReason);
              setErrors({ ...errors(), reason: undefined });
            }}
            error={errors().reason}
            options={WITHDRAWAL_REASON_CODES.map((code) => ({
              value: code,
              label: t(withdrawalReasonKey(code)),
            }))}
          />
          <TextField
            name={`withdraw-note-${props.id}`}
            label={t('withdrawal.note')}
            optional={reason() !== 'other'}
            value={note()}
            onValue={(value) => {
              setNote(value);
              if (value.trim()) setErrors({ ...errors(), note: undefined });
            }}
            error={errors().note}
            maxLength={500}
          />
          <button type="submit" class="button button--primary" disabled={withdraw.busy() || props.disabled}>
            {t('withdrawal.confirm')}
          </button>
        </form>
      </Show>
    </div>
  );
}
