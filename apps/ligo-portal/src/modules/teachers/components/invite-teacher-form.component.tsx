import type { SignInLink } from '@digipakket/api/contracts';
import {
  createAction,
  createFormErrors,
  createFormValues,
  FormErrorSummary,
  SendByEmailField,
  SubmitButton,
  type SummaryError,
  TextField,
} from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { inviteTeacher } from '../../training/training.services';

/** A teacher invited by name and address, both checked first; the form empties once the invitation is made. */
export function InviteTeacherForm(props: {
  onInvited: (invited: { teacher: { displayName: string }; link: SignInLink }) => unknown;
}) {
  const form = createFormValues({ displayName: '', email: '' });
  const [sendEmail, setSendEmail] = createSignal(false);
  const problems = createFormErrors();
  const invite = createAction({
    run: inviteTeacher,
    onSuccess: async (invited) => {
      form.reset();
      await props.onInvited(invited);
    },
    onError: (error) => problems.check([{ message: t(ligoErrorKey(error)) }]),
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const displayName = form.values().displayName.trim();
    const email = form.values().email.trim();
    const found: SummaryError[] = [];
    if (!displayName) found.push({ field: 'displayName', message: t('teachers.form.nameMissing') });
    if (!/^\S+@\S+\.\S+$/.test(email))
      found.push({ field: 'email', message: t('teachers.form.emailInvalid') });
    if (!problems.check(found)) return;
    await invite.run({ email, displayName, sendEmail: sendEmail() });
  };

  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t('teachers.form.title')}</h2>
      <FormErrorSummary of={problems} />
      <TextField
        {...form.field('displayName')}
        label={t('teachers.form.name')}
        error={problems.of('displayName')}
      />
      <TextField
        {...form.field('email')}
        type="email"
        label={t('teachers.form.email')}
        autocomplete="off"
        error={problems.of('email')}
      />
      <SendByEmailField checked={sendEmail()} onChange={setSendEmail} />
      <div class="form__actions">
        <SubmitButton busy={invite.busy()} label={t('teachers.form.submit')} />
      </div>
    </form>
  );
}
