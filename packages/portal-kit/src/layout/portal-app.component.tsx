import { A, Route, Router } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { ChangePasswordPage } from '../password/change-password.page';
import { type Portal, PortalProvider, usePortal } from '../session/portal-context';
import { type NavItem, PASSWORD_PATH, PortalShell } from './layout.component';
import { usePageTitle } from './page-title';

/** What an unknown address inside a portal shows. */
export function NotFoundPage() {
  const { i18n } = usePortal();
  usePageTitle(() => i18n.t('notFound.title'));
  return (
    <>
      <h1>{i18n.t('notFound.title')}</h1>
      <p>{i18n.t('notFound.text')}</p>
      <A href="/" class="button button--secondary">
        {i18n.t('notFound.home')}
      </A>
    </>
  );
}

/**
 * A whole portal: its context, the router under `/<portal>/`, the shell around every page, the page
 * to change one's password and a not-found page. The portal passes its menu and its routes.
 */
export function PortalApp(props: { portal: Portal; nav: () => NavItem[]; children: JSX.Element }) {
  const base = `/${props.portal.name}`;
  // The server serves the portal at "/ligo/"; the router names that page "/ligo", and the menu only
  // marks the current page when both agree.
  if (typeof window !== 'undefined' && window.location.pathname === `${base}/`) {
    window.history.replaceState(
      window.history.state,
      '',
      `${base}${window.location.search}${window.location.hash}`,
    );
  }
  // A language chosen on this device may still be loading: start in it rather than flash Dutch first.
  return (
    <Show when={props.portal.i18n.ready()}>
      <PortalProvider value={props.portal}>
        <Router base={base} root={(root) => <PortalShell nav={props.nav()}>{root.children}</PortalShell>}>
          {props.children}
          <Route path={PASSWORD_PATH} component={() => <ChangePasswordPage />} />
          <Route path="*" component={NotFoundPage} />
        </Router>
      </PortalProvider>
    </Show>
  );
}
