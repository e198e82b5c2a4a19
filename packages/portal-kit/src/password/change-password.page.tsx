import { useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { createAction } from '../actions/create-action';
import { isApiError } from '../api/api-client';
import { type ErrorCodeMap, errorMessageKey, fieldErrorKeys } from '../api/error-messages';
import { ErrorSummary, SubmitButton, type SummaryError } from '../forms/form-parts.component';
import { TextField } from '../forms/text-field.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { usePageTitle } from '../layout/page-title';
import { OwnFactors } from '../second-factor/own-factors.component';
import { usePortal } from '../session/portal-context';
import { checkNewPassword, NewPasswordFields } from './new-password-fields.component';
import { OwnSessions } from './own-sessions.component';

type Field = 'currentPassword' | 'newPassword' | 'repeatPassword';
const FIELDS: Field[] = ['currentPassword', 'newPassword', 'repeatPassword'];

/** The API's refusals that are about one field, shown at that field. */
const FIELD_OF_CODE: ErrorCodeMap<Field> = {
  'auth.current_password_wrong': 'currentPassword',
  'auth.password_unchanged': 'newPassword',
  'auth.password_too_common': 'newPassword',
};

/**
 * Changing one's own password. With `required`, it is the only page of a user whose password someone
 * else chose (an invitation): it cannot be left except by signing out, and once saved the portal
 * opens. Otherwise it is reached from the header and leads back to the start page.
 */
export function ChangePasswordPage(props: { required?: boolean }) {
  const { i18n, session, status } = usePortal();
  const t = i18n.t;
  const navigate = props.required ? undefined : useNavigate();
  const [values, setValues] = createSignal<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    repeatPassword: '',
  });
  const [fieldErrors, setFieldErrors] = createSignal<Partial<Record<Field, KitKey>>>({});
  const [formError, setFormError] = createSignal<KitKey>();
  const [attempt, setAttempt] = createSignal(0);
  const change = createAction({
    run: () =>
      session.changePassword({
        currentPassword: values().currentPassword,
        newPassword: values().newPassword,
      }),
    onSuccess: () => {
      status.announce(t('password.changed'), 'success');
      navigate?.('/');
    },
    onError: (error) => {
      const field = isApiError(error) ? FIELD_OF_CODE[error.code] : undefined;
      if (field) setFieldErrors({ [field]: errorMessageKey(error) });
      else if (isApiError(error) && error.fieldIssues.length > 0)
        setFieldErrors(fieldErrorKeys({ issues: error.fieldIssues }) as Partial<Record<Field, KitKey>>);
      else setFormError(errorMessageKey(error));
      setAttempt((n) => n + 1);
    },
  });

  const title = (): KitKey => (props.required ? 'password.requiredTitle' : 'password.title');
  usePageTitle(() => t(title()));

  const label = (field: Field): string =>
    ({
      currentPassword: t(props.required ? 'password.received' : 'password.current'),
      newPassword: t('password.new'),
      repeatPassword: t('password.repeat'),
    })[field];

  const set = (field: Field) => (value: string) => setValues({ ...values(), [field]: value });

  const summary = (): SummaryError[] => {
    const errors: SummaryError[] = [];
    const general = formError();
    if (general) errors.push({ message: t(general) });
    for (const field of FIELDS) {
      const key = fieldErrors()[field];
      if (key)
        errors.push({ field, message: t('form.fieldError', { field: label(field), message: t(key) }) });
    }
    return errors;
  };

  const check = (): Partial<Record<Field, KitKey>> => {
    const { currentPassword, newPassword } = values();
    const errors: Partial<Record<Field, KitKey>> = checkNewPassword(values());
    if (currentPassword === '') errors.currentPassword = 'field.required';
    if (!errors.newPassword && newPassword === currentPassword) {
      errors.newPassword = 'error.authPasswordUnchanged';
      // As with any refused new password, its repetition is not compared.
      if (errors.repeatPassword === 'password.mismatch') delete errors.repeatPassword;
    }
    return errors;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (change.busy()) return;
    setFormError(undefined);
    const errors = check();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    await change.run();
  };

  const error = (field: Field) => {
    const key = fieldErrors()[field];
    return key ? t(key) : undefined;
  };

  return (
    <div class="password-page">
      <h1>{t(title())}</h1>
      <p>{t(props.required ? 'password.requiredIntro' : 'password.intro')}</p>
      <Show when={summary().length > 0}>
        <ErrorSummary errors={summary()} attempt={attempt()} title={t('password.failed')} />
      </Show>
      <form class="form" onSubmit={submit} novalidate>
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
          value={values().currentPassword}
          onValue={set('currentPassword')}
          error={error('currentPassword')}
        />
        <NewPasswordFields values={values()} label={label} onValue={set} error={error} />
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
