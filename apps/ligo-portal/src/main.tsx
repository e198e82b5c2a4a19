import '@digipakket/portal-kit/styles.css';
import './ligo.css';
import { type NavItem, PortalApp } from '@digipakket/portal-kit';
import { Navigate, Route } from '@solidjs/router';
import { lazy, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { SessionsPage } from './modules/sessions/pages/sessions.page';
import { portal, t } from './portal';

const EndRoundPage = lazy(() =>
  import('./modules/outcomes/pages/end-round.page').then((m) => ({ default: m.EndRoundPage })),
);
const AttendancePage = lazy(() =>
  import('./modules/attendance/pages/attendance.page').then((m) => ({ default: m.AttendancePage })),
);
const GroupsPage = lazy(() =>
  import('./modules/groups/pages/groups.page').then((m) => ({ default: m.GroupsPage })),
);
const GroupPage = lazy(() =>
  import('./modules/groups/pages/group.page').then((m) => ({ default: m.GroupPage })),
);
const LocationsPage = lazy(() =>
  import('./modules/locations/pages/locations.page').then((m) => ({ default: m.LocationsPage })),
);
const SignalsPage = lazy(() =>
  import('./modules/signals/pages/signals.page').then((m) => ({ default: m.SignalsPage })),
);
const TeachersPage = lazy(() =>
  import('./modules/teachers/pages/teachers.page').then((m) => ({ default: m.TeachersPage })),
);

const isCoordinator = () => portal.session.me()?.user.role === 'coordinator';

/** Coordinators land on their groups, teachers on their lessons. */
function HomePage() {
  return (
    <Show when={isCoordinator()} fallback={<SessionsPage />}>
      <Navigate href="/groups" />
    </Show>
  );
}

function nav(): NavItem[] {
  if (!isCoordinator()) return [{ href: '/', label: t('nav.sessions'), end: true }];
  return [
    { href: '/groups', label: t('nav.groups') },
    { href: '/signals', label: t('nav.signals') },
    { href: '/sessions', label: t('nav.allSessions'), end: true },
    { href: '/locations', label: t('nav.locations') },
    { href: '/teachers', label: t('nav.teachers') },
  ];
}

render(
  () => (
    <PortalApp portal={portal} nav={nav}>
      <Route path="/" component={HomePage} />
      <Route path="/sessions" component={SessionsPage} />
      <Route path="/sessions/:id" component={AttendancePage} />
      <Route path="/sessions/:sessionId/outcomes/:clientId" component={EndRoundPage} />
      <Route path="/groups" component={GroupsPage} />
      <Route path="/groups/:id" component={GroupPage} />
      <Route path="/locations" component={LocationsPage} />
      <Route path="/teachers" component={TeachersPage} />
      <Route path="/signals" component={SignalsPage} />
    </PortalApp>
  ),
  document.getElementById('app')!,
);
