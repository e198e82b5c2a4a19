import type { WelfareUserInvited } from '@digipakket/api/contracts';
import {
  createAction,
  FailureNotice,
  SelectField,
  SendByEmailField,
  TextField,
} from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { i18n, t } from '../../../portal';
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
  const [email, setEmail] = createSignal('');
  const [name, setName] = createSignal('');
  const [sendEmail, setSendEmail] = createSignal(false);
  const [role, setRole] = createSignal('social_worker');
  const inviting = createAction({
    run: inviteUser,
    onSuccess: (result) => {
      props.onInvited(result);
      setEmail('');
      setName('');
    },
    refetch: () => props.refetch(),
    onError: (error) => props.onFailure(error),
  });
  const invite = (event: SubmitEvent) => {
    event.preventDefault();
    props.onFailure(undefined);
    void inviting.run({
      user: {
        email: email().trim(),
        displayName: name().trim(),
        role: role() as 'social_worker',
        sendEmail: sendEmail(),
      },
    });
  };

  return (
    <>
      <h3 id="invite-title">{t('admin.users.invite')}</h3>
      <form class="form" aria-labelledby="invite-title" onSubmit={invite}>
        <TextField name="invite-name" label={t('admin.users.name')} value={name()} onValue={setName} />
        <TextField
          name="invite-email"
          label={t('admin.users.email')}
          type="email"
          value={email()}
          onValue={setEmail}
        />
        <SelectField
          name="invite-role"
          label={t('admin.users.role')}
          value={role()}
          onValue={setRole}
          options={(['social_worker', 'project_lead', 'admin'] as const).map((value) => ({
            value,
            label: i18n.t(`role.${value}`),
          }))}
        />
        <SendByEmailField checked={sendEmail()} onChange={setSendEmail} />
        <FailureNotice error={props.failure} />
        <div class="form__actions">
          <button type="submit" class="button button--primary">
            {t('admin.users.inviteSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}
