import '@digipakket/portal-kit/styles.css';
import { PortalApp } from '@digipakket/portal-kit';
import { Route } from '@solidjs/router';
import { render } from 'solid-js/web';
import { ClientsPage } from './modules/clients/pages/clients.page';
import { NewClientPage } from './modules/clients/pages/new-client.page';
import { portal, t } from './portal';

render(
  () => (
    <PortalApp
      portal={portal}
      nav={() => [
        { href: '/', label: t('nav.clients'), end: true },
        { href: '/clients/new', label: t('nav.newClient') },
      ]}
    >
      <Route path="/" component={ClientsPage} />
      <Route path="/clients/new" component={NewClientPage} />
    </PortalApp>
  ),
  document.getElementById('app')!,
);
