import { mayUseWelfarePage, type WelfarePage, welfareHomePage, welfarePagesFor } from '@digipakket/domain';
import { type NavItem, usePageTitle } from '@digipakket/portal-kit';
import { Navigate } from '@solidjs/router';
import { type Component, Show } from 'solid-js';
import type { OcmwKey } from '../../i18n/ocmw.dictionary.nl';
import { portal, t } from '../../portal';
import { LinkButton } from './link-button.component';

/** Where each page lives and its name in the menu. */
const PAGES: Record<WelfarePage, { href: string; label: OcmwKey; end?: boolean }> = {
  clients: { href: '/clients', label: 'nav.clients', end: true },
  newClient: { href: '/clients/new', label: 'nav.newClient' },
  followUp: { href: '/follow-up', label: 'nav.followUp' },
  infoMoments: { href: '/info-moments', label: 'nav.infoMoments' },
  devices: { href: '/devices', label: 'nav.devices' },
  import: { href: '/clients/import', label: 'nav.import' },
  documents: { href: '/documents', label: 'nav.documents' },
  dashboard: { href: '/dashboard', label: 'nav.dashboard' },
  waves: { href: '/waves', label: 'nav.waves' },
  reports: { href: '/reports', label: 'nav.reports' },
  audit: { href: '/audit', label: 'nav.audit' },
  statements: { href: '/statements', label: 'nav.statements' },
  admin: { href: '/admin', label: 'nav.admin' },
};

const role = () => portal.session.me()?.user.role ?? '';

/** The menu of the signed-in user: only the pages their role may use, as the API allows them. */
export function navForRole(): NavItem[] {
  return welfarePagesFor({ role: role() }).map((page) => ({
    href: PAGES[page].href,
    label: t(PAGES[page].label),
    ...(PAGES[page].end ? { end: true } : {}),
  }));
}

/** The portal's start address sends each role to its own first page. */
export function RoleHome() {
  return <Navigate href={PAGES[welfareHomePage({ role: role() })].href} />;
}

function NotForRole() {
  usePageTitle(() => t('role.notForYou.title'));
  return (
    <>
      <h1>{t('role.notForYou.title')}</h1>
      <p>{t('role.notForYou.text')}</p>
      <LinkButton href="/" label={t('role.notForYou.home')} />
    </>
  );
}

/**
 * A page that only some roles may use. Opened by address by another role, it says so instead of
 * showing a page whose every request would be refused.
 */
export function forPage<P extends object>(page: WelfarePage, Page: Component<P>): Component<P> {
  return (props) => (
    <Show when={mayUseWelfarePage({ role: role(), page })} fallback={<NotForRole />}>
      <Page {...props} />
    </Show>
  );
}
