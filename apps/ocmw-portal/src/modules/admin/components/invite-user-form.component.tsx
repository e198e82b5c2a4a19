import type { WelfareUserInvited } from '@digipakket/api/contracts';
import {
  createAction,
  createFormValues,
  FailureNotice,
  SelectField,
  SendByEmailField,
  TextField,
} from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { i18n, t } from '../../../portal';
import { FormActions } from '../../shared/form-actions.component';
import { inviteUser } from '../admin.services';

/**
 * A colleague invited by name, address and role; the form empties once the invitation is made.
 * The section's last failure (of this form or of an action in the table) shows above the button.
 */
export function InviteUserForm(props: {
  failure: unknown;
  onFailure: (error: unknown) => void;
  onInvited: (invited: WelfareUserInvited) => void;
  refetch: () => unknown;
}) {
  const form = createFormValues({ name: '', email: '', role: 'social_worker' }, { prefix: 'invite-' });
  const [sendEmail, setSendEmail] = createSignal(false);
  const inviting = createAction({
    run: inviteUser,
    onSuccess: (result) => {
      props.onInvited(result);
      form.reset('name', 'email');
    },
    refetch: () => props.refetch(),
    onError: (error) => props.onFailure(error),
  });
  const invite = (event: SubmitEvent) => {
    event.preventDefault();
    props.onFailure(undefined);
    const values = form.values();
    void inviting.run({
      user: {
        email: values.email.trim(),
        displayName: values.name.trim(),
        role: values.role as 'social_worker',
        sendEmail: sendEmail(),
      },
    });
  };

  return (
    <>
      <h3 id="invite-title">{t('admin.users.invite')}</h3>
      <form class="form" aria-labelledby="invite-title" onSubmit={invite}>
        <TextField {...form.field('name')} label={t('admin.users.name')} />
        <TextField {...form.field('email')} label={t('admin.users.email')} type="email" />
        <SelectField
          {...form.field('role')}
          label={t('admin.users.role')}
          options={(['social_worker', 'project_lead', 'admin'] as const).map((value) => ({
            value,
            label: i18n.t(`role.${value}`),
          }))}
        />
        <SendByEmailField checked={sendEmail()} onChange={setSendEmail} />
        <FailureNotice error={props.failure} />
        <FormActions submit={t('admin.users.inviteSubmit')} />
      </form>
    </>
  );
}
