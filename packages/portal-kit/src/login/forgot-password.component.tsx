import { AUTH_ROUTES } from '@digipakket/api/routes';
import { createSignal, Show } from 'solid-js';
import { createAction } from '../actions/create-action';
import { errorMessageKey, retryAfterSeconds, retryWaitMessage } from '../api/error-messages';
import { ErrorNotice } from '../display/display-parts.component';
import { SubmitButton } from '../forms/form-parts.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { usePageTitle } from '../layout/page-title';
import { usePortal } from '../session/portal-context';
import { emailProblem, SignInEmailField } from './sign-in-email.component';

/**
 * Asking for a link to reset a forgotten password. The answer is the same whether the address has
 * an account or not; without e-mail, the coordinator or admin hands a new link over in person.
 */
export function ForgotPassword(props: { email: string; onBack: () => void }) {
  const { api, i18n } = usePortal();
  const t = i18n.t;
  const [email, setEmail] = createSignal(props.email);
  const [fieldError, setFieldError] = createSignal<KitKey>();
  const [failure, setFailure] = createSignal<string>();
  const [sent, setSent] = createSignal(false);
  const request = createAction({
    run: () =>
      api.call(
        AUTH_ROUTES.requestPasswordReset,
        { body: { email: email().trim() } },
        { expectUnauthorized: true },
      ),
    onSuccess: () => {
      setSent(true);
      queueMicrotask(() => document.getElementById('forgot-sent')?.focus());
    },
    onError: (error) => {
      const wait = retryAfterSeconds(error);
      setFailure(wait === undefined ? t(errorMessageKey(error)) : retryWaitMessage({ seconds: wait, i18n }));
    },
  });
  usePageTitle(() => t('forgot.title'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setFieldError(emailProblem(email()));
    if (fieldError()) {
      document.getElementById('field-forgotEmail')?.focus();
      return;
    }
    await request.run();
  };

  return (
    <div class="login">
      <h1 class="login__title">{t('forgot.title')}</h1>
      <Show
        when={!sent()}
        fallback={
          <p id="forgot-sent" tabindex="-1" role="status">
            {t('forgot.sent')}
          </p>
        }
      >
        <p>{t('forgot.intro')}</p>
        <ErrorNotice error={failure()} inline />
        <form class="form" onSubmit={submit} novalidate>
          <SignInEmailField name="forgotEmail" value={email()} onValue={setEmail} error={fieldError()} />
          <SubmitButton busy={request.busy()} label={t('forgot.submit')} busyLabel={t('forgot.busy')} />
        </form>
      </Show>
      <p>
        <button type="button" class="button button--secondary" onClick={() => props.onBack()}>
          {t('forgot.back')}
        </button>
      </p>
    </div>
  );
}
