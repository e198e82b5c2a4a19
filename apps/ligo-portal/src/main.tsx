import '@digipakket/portal-kit/styles.css';
import { PortalApp } from '@digipakket/portal-kit';
import { Route } from '@solidjs/router';
import { render } from 'solid-js/web';
import { SessionsPage } from './modules/sessions/pages/sessions.page';
import { portal, t } from './portal';

render(
  () => (
    <PortalApp portal={portal} nav={() => [{ href: '/', label: t('nav.sessions'), end: true }]}>
      <Route path="/" component={SessionsPage} />
    </PortalApp>
  ),
  document.getElementById('app')!,
);
