import { AUTH_ROUTES } from '@digipakket/api/routes';
import { createResource, createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import { createAction } from '../actions/create-action';
import type { SignInLinkInfo } from '../api/api.types';
import { isApiError } from '../api/api-client';
import { errorMessageKey, fieldErrorKeys } from '../api/error-messages';
import { ErrorSummary, SubmitButton, type SummaryError } from '../forms/form-parts.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { usePageTitle } from '../layout/page-title';
import {
  checkNewPassword,
  type NewPasswordField,
  NewPasswordFields,
} from '../password/new-password-fields.component';
import { usePortal } from '../session/portal-context';

/** The path of the page an invitation or reset link opens, under the portal's base. */
export const LINK_PATH = '/link';

type Field = NewPasswordField;

/** The token of the link this page was opened with: the fragment, which no server or referrer sees. */
function tokenFromLocation(): string {
  return typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '');
}

/** The form's errors for its summary: the general one first, then each field's. */
function summaryOf({
  t,
  general,
  fields,
  label,
}: {
  t: ReturnType<typeof usePortal>['i18n']['t'];
  general: KitKey | undefined;
  fields: Partial<Record<Field, KitKey>>;
  label: (field: Field) => string;
}): SummaryError[] {
  const errors: SummaryError[] = [];
  if (general) errors.push({ message: t(general) });
  for (const field of ['newPassword', 'repeatPassword'] as const) {
    const key = fields[field];
    if (key) errors.push({ field, message: t('form.fieldError', { field: label(field), message: t(key) }) });
  }
  return errors;
}

/**
 * The page an invitation or reset link opens, signed in or not: it checks the link first (a used,
 * expired or unknown one is refused with its reason), then lets the person choose their password.
 * Afterwards they sign in with it; every session of theirs has ended.
 */
export function SignInLinkPage() {
  const { api, i18n, session, name } = usePortal();
  const t = i18n.t;
  const [token, setToken] = createSignal(tokenFromLocation());
  const [info] = createResource(
    () => token() || undefined,
    (value) => api.call(AUTH_ROUTES.checkLink, { body: { token: value } }, { expectUnauthorized: true }),
  );
  const [values, setValues] = createSignal<Record<Field, string>>({ newPassword: '', repeatPassword: '' });
  const [fieldErrors, setFieldErrors] = createSignal<Partial<Record<Field, KitKey>>>({});
  const [formError, setFormError] = createSignal<KitKey>();
  const [attempt, setAttempt] = createSignal(0);
  const [done, setDone] = createSignal<string>();
  // A second link opened in the same tab changes only the fragment: the page checks the new one.
  const followHash = () => {
    setToken(tokenFromLocation());
    setDone(undefined);
    setFieldErrors({});
    setFormError(undefined);
    setValues({ newPassword: '', repeatPassword: '' });
  };
  window.addEventListener('hashchange', followHash);
  onCleanup(() => window.removeEventListener('hashchange', followHash));

  const save = createAction({
    run: () =>
      api.call(
        AUTH_ROUTES.useLink,
        { body: { token: token(), newPassword: values().newPassword } },
        { expectUnauthorized: true },
      ),
    onSuccess: (used) => {
      session.clear();
      setDone(used.email);
      queueMicrotask(() => document.getElementById('link-done')?.focus());
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'auth.password_too_common')
        setFieldErrors({ newPassword: errorMessageKey(error) });
      else if (isApiError(error) && error.fieldIssues.length > 0)
        setFieldErrors(fieldErrorKeys({ issues: error.fieldIssues }) as Partial<Record<Field, KitKey>>);
      else setFormError(errorMessageKey(error));
      setAttempt((n) => n + 1);
    },
  });

  const title = (link: SignInLinkInfo | undefined): string =>
    link?.purpose === 'invitation'
      ? t('link.titleInvitation', { name: link.displayName })
      : t('link.titleReset');
  usePageTitle(() => (info.error || !token() ? t('link.refusedTitle') : title(info())));

  const label = (field: Field) => (field === 'newPassword' ? t('password.new') : t('password.repeat'));
  const set = (field: Field) => (value: string) => setValues({ ...values(), [field]: value });

  const summary = () => summaryOf({ t, general: formError(), fields: fieldErrors(), label });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (save.busy()) return;
    setFormError(undefined);
    const errors = checkNewPassword(values());
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    await save.run();
  };

  const error = (field: Field) => {
    const key = fieldErrors()[field];
    return key ? t(key) : undefined;
  };

  return (
    <div class="password-page">
      <Switch>
        <Match when={!token()}>
          <h1>{t('link.refusedTitle')}</h1>
          <p role="alert">{t('link.missing')}</p>
        </Match>
        <Match when={done()}>
          {(email) => (
            <>
              <h1 id="link-done" tabindex="-1">
                {title(info())}
              </h1>
              <p role="status">{t('link.done', { email: email() })}</p>
              <a class="button" href={`/${name}/`}>
                {t('link.toLogin')}
              </a>
            </>
          )}
        </Match>
        <Match when={info.error}>
          <h1>{t('link.refusedTitle')}</h1>
          <p role="alert">{t(errorMessageKey(info.error))}</p>
          <a class="button button--secondary" href={`/${name}/`}>
            {t('link.toLogin')}
          </a>
        </Match>
        <Match when={info.loading}>
          <p class="loading">
            <span class="spinner" aria-hidden="true" /> {t('link.checking')}
          </p>
        </Match>
        <Match when={info()}>
          {(link) => (
            <>
              <h1>{title(link())}</h1>
              <p>
                {link().purpose === 'invitation'
                  ? t('link.introInvitation', { email: link().email })
                  : t('link.introReset', { email: link().email })}
              </p>
              <Show when={summary().length > 0}>
                <ErrorSummary errors={summary()} attempt={attempt()} title={t('link.failed')} />
              </Show>
              <form class="form" onSubmit={submit} novalidate>
                {/* Lets password managers file the new password under the right account. */}
                <input type="email" name="username" autocomplete="username" value={link().email} hidden />
                <NewPasswordFields values={values()} label={label} onValue={set} error={error} />
                <div class="form__actions">
                  <SubmitButton busy={save.busy()} label={t('link.submit')} busyLabel={t('password.busy')} />
                </div>
              </form>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
