import '@digipakket/portal-kit/styles.css';
import './beego.css';
import { PortalApp } from '@digipakket/portal-kit';
import { Navigate, Route } from '@solidjs/router';
import { createEffect, lazy, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { startOutbox } from './modules/redeem/redeem.services';
import { VisitsPage } from './modules/visits/pages/visits.page';
import { clearVisitCaches } from './modules/visits/visits.services';
import { portal, t } from './portal';

const VisitDetailPage = lazy(() =>
  import('./modules/visits/pages/visit-detail.page').then((module) => ({ default: module.VisitDetailPage })),
);
const EndRoundPage = lazy(() =>
  import('./modules/outcomes/pages/end-round.page').then((module) => ({ default: module.EndRoundPage })),
);
const RedeemPage = lazy(() =>
  import('./modules/redeem/pages/redeem.page').then((module) => ({ default: module.RedeemPage })),
);
const QueuePage = lazy(() =>
  import('./modules/queue/pages/queue.page').then((module) => ({ default: module.QueuePage })),
);
const StatementsPage = lazy(() =>
  import('./modules/statements/pages/statements.page').then((module) => ({ default: module.StatementsPage })),
);
const SignalsPage = lazy(() =>
  import('./modules/signals/pages/signals.page').then((module) => ({ default: module.SignalsPage })),
);
const StudentsPage = lazy(() =>
  import('./modules/students/pages/students.page').then((module) => ({ default: module.StudentsPage })),
);

const isCoordinator = () => portal.session.me()?.user.role === 'coordinator';

/**
 * Coordinators land on the queue, students on their visits. Students move on to `/beego/visits`
 * because the service worker's scope is `/beego/`: the bare `/beego` address cannot reload offline.
 */
function HomePage() {
  return (
    <Show when={isCoordinator()} fallback={<Navigate href="/visits" />}>
      <QueuePage />
    </Show>
  );
}

function navItems() {
  if (isCoordinator()) {
    return [
      { href: '/', label: t('nav.queue'), end: true },
      { href: '/visits', label: t('nav.planned'), end: true },
      { href: '/signals', label: t('nav.signals') },
      { href: '/students', label: t('nav.students') },
      { href: '/statements', label: t('nav.statements') },
    ];
  }
  return [
    { href: '/visits', label: t('nav.visits'), end: true },
    { href: '/redeem', label: t('nav.redeem') },
  ];
}

startOutbox();
if ('serviceWorker' in navigator) {
  // Without it the portal still works online and keeps logged visits; it only adds reloading offline.
  navigator.serviceWorker.register('/beego/sw.js', { scope: '/beego/' }).catch(() => {});
}
createEffect(() => {
  // Signed out on this phone: the offline copies of client data go too; logged visits stay until sent.
  if (portal.session.me() === null) clearVisitCaches();
});

render(
  () => (
    <PortalApp portal={portal} nav={navItems}>
      <Route path="/" component={HomePage} />
      <Route path="/visits" component={VisitsPage} />
      <Route path="/visits/:chequeId" component={VisitDetailPage} />
      <Route path="/visits/:chequeId/outcomes/:clientId" component={EndRoundPage} />
      <Route path="/redeem" component={RedeemPage} />
      <Route path="/signals" component={SignalsPage} />
      <Route path="/students" component={StudentsPage} />
      <Route path="/statements" component={StatementsPage} />
    </PortalApp>
  ),
  document.getElementById('app')!,
);
