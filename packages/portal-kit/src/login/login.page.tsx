import { PORTAL_BY_ORG_KIND, type PortalName } from '@digipakket/domain';
import { createSignal, Show } from 'solid-js';
import { createAction } from '../actions/create-action';
import { isApiError } from '../api/api-client';
import {
  ERROR_MESSAGE_KEYS,
  errorMessageKey,
  retryAfterSeconds,
  retryWaitMessage,
} from '../api/error-messages';
import { ErrorSummary, SubmitButton, type SummaryError } from '../forms/form-parts.component';
import { TextField } from '../forms/text-field.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { usePageTitle } from '../layout/page-title';
import { usePortal } from '../session/portal-context';
import { ForgotPassword } from './forgot-password.component';
import { createHomeRealmDiscovery } from './home-realm-discovery';
import { emailProblem, SignInEmailField } from './sign-in-email.component';
import { SsoOffer } from './sso-offer.component';
import { WrongPortal } from './wrong-portal.component';

const PORTALS = Object.values(PORTAL_BY_ORG_KIND) as PortalName[];

function isPortalName(value: unknown): value is PortalName {
  return typeof value === 'string' && (PORTALS as string[]).includes(value);
}

/**
 * The reason a single sign-on was refused, which the API's callback puts in the address
 * (`?sso_error=`); only a known code becomes words. The address is cleaned so a reload does not repeat it.
 */
function takeSsoError(): KitKey | undefined {
  if (typeof window === 'undefined') return undefined;
  const url = new URL(window.location.href);
  const code = url.searchParams.get('sso_error');
  if (!code) return undefined;
  url.searchParams.delete('sso_error');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return (ERROR_MESSAGE_KEYS as Partial<Record<string, KitKey>>)[code] ?? 'error.unexpected';
}

/**
 * The login page of the portal it runs in; the API refuses accounts of another portal. Once the
 * address is typed, its domain says whether the organisation signs in through its own provider:
 * then the page offers that button, and without local passwords only that button.
 */
export function LoginPage() {
  const { name, i18n, session, api } = usePortal();
  const t = i18n.t;
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [fieldErrors, setFieldErrors] = createSignal<Partial<Record<'email' | 'password', KitKey>>>({});
  const [formError, setFormError] = createSignal<KitKey | undefined>(takeSsoError());
  const { discovery, passwordsOn } = createHomeRealmDiscovery({ email, api });
  /** The wait a refusal for too many attempts names, so the page says it instead of "a few minutes". */
  const [retryAfter, setRetryAfter] = createSignal<number>();
  const [ownPortal, setOwnPortal] = createSignal<PortalName>();
  const [attempt, setAttempt] = createSignal(0);
  const [forgot, setForgot] = createSignal(false);
  const login = createAction({
    run: () => session.login({ email: email().trim(), password: password() }),
    onError: (error) => {
      setFormError(errorMessageKey(error));
      setRetryAfter(retryAfterSeconds(error));
      const portal = isApiError(error) ? error.details?.portal : undefined;
      if (isApiError(error) && error.code === 'auth.wrong_portal' && isPortalName(portal))
        setOwnPortal(portal);
      setAttempt((n) => n + 1);
    },
  });

  usePageTitle(() => t('login.submit'));

  const summary = (): SummaryError[] => {
    const fields = fieldErrors();
    const errors: SummaryError[] = [];
    const general = formError();
    const wait = retryAfter();
    if (general && !ownPortal())
      errors.push({ message: wait === undefined ? t(general) : retryWaitMessage({ seconds: wait, i18n }) });
    if (fields.email) errors.push({ field: 'email', message: t(fields.email) });
    if (fields.password) errors.push({ field: 'password', message: t(fields.password) });
    return errors;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (login.busy()) return;
    setFormError(undefined);
    setRetryAfter(undefined);
    setOwnPortal(undefined);
    const errors: Partial<Record<'email' | 'password', KitKey>> = {};
    const emailError = emailProblem(email());
    if (emailError) errors.email = emailError;
    const provider = discovery()?.provider;
    if (!passwordsOn() && provider && !errors.email) {
      window.location.assign(provider.startUrl);
      return;
    }
    if (password() === '') errors.password = 'field.required';
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    await login.run();
  };

  return (
    <Show
      when={!forgot()}
      fallback={
        <ForgotPassword
          email={email()}
          onBack={() => {
            setForgot(false);
            queueMicrotask(() => document.getElementById('field-email')?.focus());
          }}
        />
      }
    >
      <div class="login">
        <h1 class="login__title">{t('login.heading', { portal: t(`portal.${name}`) })}</h1>
        <p class="login__audience">{t(`portal.${name}.audience`)}</p>
        <Show when={summary().length > 0 || ownPortal()}>
          <ErrorSummary errors={summary()} attempt={attempt()} title={t('login.failed')}>
            <Show when={ownPortal()}>{(portal) => <WrongPortal portal={portal()} />}</Show>
          </ErrorSummary>
        </Show>
        <form class="form" onSubmit={submit} novalidate>
          <SignInEmailField name="email" value={email()} onValue={setEmail} error={fieldErrors().email} />
          <Show when={discovery()?.provider}>
            {(provider) => <SsoOffer provider={provider()} passwordsOn={passwordsOn()} />}
          </Show>
          <Show when={passwordsOn()}>
            <TextField
              name="password"
              label={t('login.password')}
              type="password"
              autocomplete="current-password"
              value={password()}
              onValue={setPassword}
              error={fieldErrors().password ? t(fieldErrors().password!) : undefined}
            />
            <SubmitButton busy={login.busy()} label={t('login.submit')} busyLabel={t('login.busy')} />
          </Show>
        </form>
        <Show when={passwordsOn()}>
          <p class="login__forgot">
            <button type="button" class="button button--secondary" onClick={() => setForgot(true)}>
              {t('login.forgot')}
            </button>
          </p>
        </Show>
      </div>
    </Show>
  );
}
