import { AUTH_ROUTES } from '@digipakket/api/routes';
import { createResource, createSignal, Match, onCleanup, Switch } from 'solid-js';
import { createAction } from '../actions/create-action';
import type { SignInLinkInfo } from '../api/api.types';
import { type ErrorCodeMap, errorMessageKey } from '../api/error-messages';
import { FormErrorSummary, SubmitButton } from '../forms/form-parts.component';
import { usePageTitle } from '../layout/page-title';
import {
  checkNewPassword,
  NEW_PASSWORD_FIELDS,
  type NewPasswordField,
  NewPasswordFields,
} from '../password/new-password-fields.component';
import { createPasswordForm } from '../password/password-form';
import { usePortal } from '../session/portal-context';

/** The path of the page an invitation or reset link opens, under the portal's base. */
export const LINK_PATH = '/link';

type Field = NewPasswordField;

/** The API's refusals that are about one field, shown at that field. */
const FIELD_OF_CODE: ErrorCodeMap<Field> = { 'auth.password_too_common': 'newPassword' };

/** The token of the link this page was opened with: the fragment, which no server or referrer sees. */
function tokenFromLocation(): string {
  return typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '');
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
  const label = (field: Field) => (field === 'newPassword' ? t('password.new') : t('password.repeat'));
  const form = createPasswordForm({
    fields: NEW_PASSWORD_FIELDS,
    label,
    check: checkNewPassword,
    fieldOfCode: FIELD_OF_CODE,
  });
  const [done, setDone] = createSignal<string>();
  // A second link opened in the same tab changes only the fragment: the page checks the new one.
  const followHash = () => {
    setToken(tokenFromLocation());
    setDone(undefined);
    form.reset();
  };
  window.addEventListener('hashchange', followHash);
  onCleanup(() => window.removeEventListener('hashchange', followHash));

  const save = createAction({
    run: () =>
      api.call(
        AUTH_ROUTES.useLink,
        { body: { token: token(), newPassword: form.values().newPassword } },
        { expectUnauthorized: true },
      ),
    onSuccess: (used) => {
      session.clear();
      setDone(used.email);
      queueMicrotask(() => document.getElementById('link-done')?.focus());
    },
    onError: form.refuse,
  });

  const title = (link: SignInLinkInfo | undefined): string =>
    link?.purpose === 'invitation'
      ? t('link.titleInvitation', { name: link.displayName })
      : t('link.titleReset');
  usePageTitle(() => (info.error || !token() ? t('link.refusedTitle') : title(info())));

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
              <FormErrorSummary of={form} title={t('link.failed')} />
              <form class="form" onSubmit={form.submitWith(save)} novalidate>
                {/* Lets password managers file the new password under the right account. */}
                <input type="email" name="username" autocomplete="username" value={link().email} hidden />
                <NewPasswordFields
                  values={form.values()}
                  label={label}
                  onValue={form.set}
                  error={form.error}
                />
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
