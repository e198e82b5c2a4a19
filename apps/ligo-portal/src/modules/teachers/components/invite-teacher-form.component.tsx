import type { SignInLink } from '@digipakket/api/contracts';
import {
  createAction,
  ErrorSummary,
  SendByEmailField,
  SubmitButton,
  type SummaryError,
  TextField,
} from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { inviteTeacher } from '../../training/training.services';

/** A teacher invited by name and address, both checked first; the form empties once the invitation is made. */
export function InviteTeacherForm(props: {
  onInvited: (invited: { teacher: { displayName: string }; link: SignInLink }) => unknown;
}) {
  const [name, setName] = createSignal('');
  const [sendEmail, setSendEmail] = createSignal(false);
  const [email, setEmail] = createSignal('');
  const [errors, setErrors] = createSignal<SummaryError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const invite = createAction({
    run: inviteTeacher,
    onSuccess: async (invited) => {
      setName('');
      setEmail('');
      await props.onInvited(invited);
    },
    onError: (error) => {
      setErrors([{ message: t(ligoErrorKey(error)) }]);
      setAttempt(attempt() + 1);
    },
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!name().trim()) found.push({ field: 'displayName', message: t('teachers.form.nameMissing') });
    if (!/^\S+@\S+\.\S+$/.test(email().trim()))
      found.push({ field: 'email', message: t('teachers.form.emailInvalid') });
    setErrors(found);
    setAttempt(attempt() + 1);
    if (found.length > 0) return;
    await invite.run({ email: email().trim(), displayName: name().trim(), sendEmail: sendEmail() });
  };

  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t('teachers.form.title')}</h2>
      <Show when={errors().length > 0}>
        <ErrorSummary errors={errors()} attempt={attempt()} />
      </Show>
      <TextField
        name="displayName"
        label={t('teachers.form.name')}
        value={name()}
        onValue={setName}
        error={errors().find((e) => e.field === 'displayName')?.message}
      />
      <TextField
        name="email"
        type="email"
        label={t('teachers.form.email')}
        value={email()}
        onValue={setEmail}
        autocomplete="off"
        error={errors().find((e) => e.field === 'email')?.message}
      />
      <SendByEmailField checked={sendEmail()} onChange={setSendEmail} />
      <div class="form__actions">
        <SubmitButton busy={invite.busy()} label={t('teachers.form.submit')} />
      </div>
    </form>
  );
}
