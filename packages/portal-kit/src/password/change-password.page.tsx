import { useNavigate } from '@solidjs/router';
import { Show } from 'solid-js';
import { createAction } from '../actions/create-action';
import type { ErrorCodeMap } from '../api/error-messages';
import { FormErrorSummary, SubmitButton } from '../forms/form-parts.component';
import { TextField } from '../forms/text-field.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { usePageTitle } from '../layout/page-title';
import { OwnFactors } from '../second-factor/own-factors.component';
import { usePortal } from '../session/portal-context';
import { checkNewPassword, NewPasswordFields } from './new-password-fields.component';
import { OwnSessions } from './own-sessions.component';
import { createPasswordForm } from './password-form';

type Field = 'currentPassword' | 'newPassword' | 'repeatPassword';
const FIELDS: Field[] = ['currentPassword', 'newPassword', 'repeatPassword'];

/** The API's refusals that are about one field, shown at that field. */
const FIELD_OF_CODE: ErrorCodeMap<Field> = {
  'auth.current_password_wrong': 'currentPassword',
  'auth.password_unchanged': 'newPassword',
  'auth.password_too_common': 'newPassword',
};

/** What is wrong before the API is asked: the new password's checks, and the current one's. */
function check(values: Record<Field, string>): Partial<Record<Field, KitKey>> {
  const { currentPassword, newPassword } = values;
  const errors: Partial<Record<Field, KitKey>> = checkNewPassword(values);
  if (currentPassword === '') errors.currentPassword = 'field.required';
  if (!errors.newPassword && newPassword === currentPassword) {
    errors.newPassword = 'error.authPasswordUnchanged';
    // As with any refused new password, its repetition is not compared.
    if (errors.repeatPassword === 'password.mismatch') delete errors.repeatPassword;
  }
  return errors;
}

/**
 * Changing one's own password. With `required`, it is the only page of a user whose password someone
 * else chose (an invitation): it cannot be left except by signing out, and once saved the portal
 * opens. Otherwise it is reached from the header and leads back to the start page.
 */
export function ChangePasswordPage(props: { required?: boolean }) {
  const { i18n, session, status } = usePortal();
  const t = i18n.t;
  const navigate = props.required ? undefined : useNavigate();
  const label = (field: Field): string =>
    ({
      currentPassword: t(props.required ? 'password.received' : 'password.current'),
      newPassword: t('password.new'),
      repeatPassword: t('password.repeat'),
    })[field];
  const form = createPasswordForm({ fields: FIELDS, label, check, fieldOfCode: FIELD_OF_CODE });
  const change = createAction({
    run: () =>
      session.changePassword({
        currentPassword: form.values().currentPassword,
        newPassword: form.values().newPassword,
      }),
    onSuccess: () => {
      status.announce(t('password.changed'), 'success');
      navigate?.('/');
    },
    onError: form.refuse,
  });

  const title = (): KitKey => (props.required ? 'password.requiredTitle' : 'password.title');
  usePageTitle(() => t(title()));

  return (
    <div class="password-page">
      <h1>{t(title())}</h1>
      <p>{t(props.required ? 'password.requiredIntro' : 'password.intro')}</p>
      <FormErrorSummary of={form} title={t('password.failed')} />
      <form class="form" onSubmit={form.submitWith(change)} novalidate>
        {/* Lets password managers file the new password under the right account. */}
        <input
          type="email"
          name="username"
          autocomplete="username"
          value={session.me()?.user.email ?? ''}
          hidden
        />
        <TextField
          name="currentPassword"
          label={label('currentPassword')}
          type="password"
          autocomplete="current-password"
          value={form.values().currentPassword}
          onValue={form.set('currentPassword')}
          error={form.error('currentPassword')}
        />
        <NewPasswordFields values={form.values()} label={label} onValue={form.set} error={form.error} />
        <div class="form__actions">
          <SubmitButton busy={change.busy()} label={t('password.submit')} busyLabel={t('password.busy')} />
          <Show when={!props.required}>
            <button type="button" class="button button--secondary" onClick={() => navigate?.('/')}>
              {t('password.cancel')}
            </button>
          </Show>
        </div>
      </form>
      <Show when={!props.required}>
        <OwnFactors />
        <OwnSessions />
      </Show>
    </div>
  );
}
