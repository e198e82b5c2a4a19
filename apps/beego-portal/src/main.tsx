import '@digipakket/portal-kit/styles.css';
import { PortalApp } from '@digipakket/portal-kit';
import { Route } from '@solidjs/router';
import { render } from 'solid-js/web';
import { VisitsPage } from './modules/visits/pages/visits.page';
import { portal, t } from './portal';

render(
  () => (
    <PortalApp portal={portal} nav={() => [{ href: '/', label: t('nav.visits'), end: true }]}>
      <Route path="/" component={VisitsPage} />
    </PortalApp>
  ),
  document.getElementById('app')!,
);
