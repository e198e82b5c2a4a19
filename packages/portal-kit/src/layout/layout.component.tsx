import { A, useLocation } from '@solidjs/router';
import { createEffect, For, type JSX, Match, on, Show, Switch } from 'solid-js';
import { LOCALES, type Locale } from '../i18n/i18n';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { LINK_PATH, SignInLinkPage } from '../links/sign-in-link.page';
import { LoginPage } from '../login/login.page';
import { ChangePasswordPage } from '../password/change-password.page';
import { SecondFactorPage } from '../second-factor/second-factor.page';
import { usePortal } from '../session/portal-context';

export interface NavItem {
  href: string;
  label: string;
  /** Active only on this exact path, not on the paths below it. */
  end?: boolean;
}

/** Shows every interface language by its own name, so anyone can find theirs. */
export function LanguageSwitch() {
  const { i18n } = usePortal();
  return (
    <div class="language-switch">
      <label for="language-switch">{i18n.t('language.label')}</label>
      <select
        id="language-switch"
        class="input input--compact"
        value={i18n.locale()}
        onChange={(event) => i18n.setLocale(event.currentTarget.value as Locale)}
      >
        <For each={LOCALES}>
          {(locale) => (
            <option value={locale} lang={locale} selected={locale === i18n.locale()}>
              {i18n.t(`language.${locale}`)}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

/** The toast that shows the portal's status message; the region itself is always there. */
function StatusToast() {
  const { status, i18n } = usePortal();
  return (
    <div class="toast-region" role="status" aria-live="polite">
      <Show when={status.message()} keyed>
        {(message) => (
          <div class={`toast toast--${message.tone}`}>
            <span class="toast__text">{message.text}</span>
            <button type="button" class="toast__close" onClick={() => status.dismiss()}>
              <span aria-hidden="true">×</span>
              <span class="visually-hidden">{i18n.t('common.close')}</span>
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}

/** Where every portal has its page to change one's own password. */
export const PASSWORD_PATH = '/password';

function Header(props: { nav: NavItem[] }) {
  const { name, i18n, session, status } = usePortal();
  const t = i18n.t;
  const logout = async () => {
    await session.logout().catch(() => undefined);
    status.announce(t('session.loggedOut'), 'info');
  };
  return (
    <header class="site-header">
      <div class="site-header__bar">
        <div class="site-header__brand">
          <span class="site-header__portal">{t(`portal.${name}.title`)}</span>
          <Show when={session.me()}>
            {(me) => (
              <span class="site-header__org">
                {me().organisation.name}
                <span class="site-header__kind"> · {t(`orgKind.${me().organisation.kind}`)}</span>
              </span>
            )}
          </Show>
        </div>
        <div class="site-header__tools">
          <Show when={session.me()}>
            {(me) => (
              <p class="site-header__user">
                <span class="site-header__user-name">{me().user.displayName}</span>
                <span class="site-header__user-role">{t(`role.${me().user.role}` as KitKey)}</span>
              </p>
            )}
          </Show>
          <LanguageSwitch />
          <Show when={session.me() && !session.me()?.passwordChangeRequired && !session.me()?.secondFactor}>
            <A class="site-header__link" href={PASSWORD_PATH}>
              {t('layout.changePassword')}
            </A>
          </Show>
          <Show when={session.me()}>
            <button type="button" class="button button--secondary button--compact" onClick={logout}>
              {t('layout.logout')}
            </button>
          </Show>
        </div>
      </div>
      <Show
        when={
          session.me() &&
          !session.me()?.passwordChangeRequired &&
          !session.me()?.secondFactor &&
          props.nav.length > 0
        }
      >
        <nav class="site-nav" aria-label={t('layout.mainNavigation')}>
          <ul class="site-nav__list">
            <For each={props.nav}>
              {(item) => (
                <li>
                  <A class="site-nav__link" href={item.href} end={item.end ?? false}>
                    {item.label}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </Show>
    </header>
  );
}

/**
 * The frame of every portal page: skip link, header (organisation, user, language, sign-out), main
 * menu and the status region. Nobody signed in means the login page, wherever the user was, and
 * after signing in they land on the page they asked for. A sign-in that still waits for its second
 * factor shows only that step; a user whose password someone else chose sees only the page to
 * choose their own until it is saved.
 */
export function PortalShell(props: { nav: NavItem[]; children?: JSX.Element }) {
  const { session, i18n } = usePortal();
  const location = useLocation();
  let main: HTMLElement | undefined;

  createEffect(
    on(
      () => session.me(),
      (me) => {
        if (me) i18n.adoptProfileLocale(me.user.locale);
      },
    ),
  );

  // After moving to another page, start reading at its content, not at the top of the header.
  createEffect(
    on(
      () => location.pathname,
      () => main?.focus({ preventScroll: false }),
      { defer: true },
    ),
  );

  if (session.me() === undefined) void session.load();

  return (
    <>
      {/* target="_self" keeps the router out, so the browser's own jump moves the focus to main. */}
      <a class="skip-link" href="#main" target="_self">
        {i18n.t('layout.skipToContent')}
      </a>
      <Header nav={props.nav} />
      <main class="site-main" id="main" tabindex="-1" ref={main}>
        <Switch>
          <Match when={location.pathname.endsWith(LINK_PATH)}>
            <SignInLinkPage />
          </Match>
          <Match when={session.me() === undefined}>
            <p class="loading">
              <span class="spinner" aria-hidden="true" /> {i18n.t('common.loading')}
            </p>
          </Match>
          <Match when={session.me() === null}>
            <LoginPage />
          </Match>
          <Match when={session.me()?.secondFactor}>{(step) => <SecondFactorPage step={step()} />}</Match>
          <Match when={session.me()?.passwordChangeRequired}>
            <ChangePasswordPage required />
          </Match>
          <Match when={session.me()}>{props.children}</Match>
        </Switch>
      </main>
      <StatusToast />
    </>
  );
}
