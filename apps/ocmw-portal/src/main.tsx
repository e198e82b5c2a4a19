import '@digipakket/portal-kit/styles.css';
import './ocmw.css';
import { PortalApp } from '@digipakket/portal-kit';
import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';
import { render } from 'solid-js/web';
import { ClientsPage } from './modules/clients/pages/clients.page';
import { portal, t } from './portal';

const FollowUpPage = lazy(() =>
  import('./modules/follow-up/pages/follow-up.page').then((module) => ({ default: module.FollowUpPage })),
);
const DashboardPage = lazy(() =>
  import('./modules/dashboard/pages/dashboard.page').then((module) => ({ default: module.DashboardPage })),
);
const FigureClientsPage = lazy(() =>
  import('./modules/dashboard/pages/figure-clients.page').then((module) => ({
    default: module.FigureClientsPage,
  })),
);
const NewClientPage = lazy(() =>
  import('./modules/clients/pages/new-client.page').then((module) => ({ default: module.NewClientPage })),
);
const EditClientPage = lazy(() =>
  import('./modules/clients/pages/edit-client.page').then((module) => ({ default: module.EditClientPage })),
);
const ClientPage = lazy(() =>
  import('./modules/clients/pages/client.page').then((module) => ({ default: module.ClientPage })),
);
const IntakePage = lazy(() =>
  import('./modules/intake/pages/intake.page').then((module) => ({ default: module.IntakePage })),
);
const HandoutPage = lazy(() =>
  import('./modules/devices/pages/handout.page').then((module) => ({ default: module.HandoutPage })),
);
const DevicesPage = lazy(() =>
  import('./modules/devices/pages/devices.page').then((module) => ({ default: module.DevicesPage })),
);
const ReceiveBatchPage = lazy(() =>
  import('./modules/devices/pages/receive-batch.page').then((module) => ({
    default: module.ReceiveBatchPage,
  })),
);
const ImportPage = lazy(() =>
  import('./modules/client-import/pages/import.page').then((module) => ({ default: module.ImportPage })),
);
const DevicePage = lazy(() =>
  import('./modules/devices/pages/device.page').then((module) => ({ default: module.DevicePage })),
);
const WavesPage = lazy(() =>
  import('./modules/waves/pages/waves.page').then((module) => ({ default: module.WavesPage })),
);
const WavePage = lazy(() =>
  import('./modules/waves/pages/wave.page').then((module) => ({ default: module.WavePage })),
);
const AdminPage = lazy(() =>
  import('./modules/admin/pages/admin.page').then((module) => ({ default: module.AdminPage })),
);
const ReportsPage = lazy(() =>
  import('./modules/reports/pages/reports.page').then((module) => ({ default: module.ReportsPage })),
);
const DocumentsPage = lazy(() =>
  import('./modules/documents/pages/documents.page').then((module) => ({ default: module.DocumentsPage })),
);
const StatementsPage = lazy(() =>
  import('./modules/statements/pages/statements.page').then((module) => ({ default: module.StatementsPage })),
);
const AuditPage = lazy(() =>
  import('./modules/audit/pages/audit.page').then((module) => ({ default: module.AuditPage })),
);

render(
  () => (
    <PortalApp
      portal={portal}
      nav={() => [
        { href: '/', label: t('nav.clients'), end: true },
        { href: '/clients/new', label: t('nav.newClient') },
        { href: '/follow-up', label: t('nav.followUp') },
        { href: '/devices', label: t('nav.devices') },
        { href: '/clients/import', label: t('nav.import') },
        { href: '/dashboard', label: t('nav.dashboard') },
        { href: '/waves', label: t('nav.waves') },
        { href: '/reports', label: t('nav.reports') },
        { href: '/audit', label: t('nav.audit') },
        { href: '/documents', label: t('nav.documents') },
        { href: '/statements', label: t('nav.statements') },
        { href: '/admin', label: t('nav.admin') },
      ]}
    >
      <Route path="/" component={ClientsPage} />
      <Route path="/clients/new" component={NewClientPage} />
      <Route path="/clients/import" component={ImportPage} />
      <Route path="/clients/:id" component={ClientPage} />
      <Route path="/clients/:id/edit" component={EditClientPage} />
      <Route path="/clients/:id/intake" component={IntakePage} />
      <Route path="/clients/:id/handout" component={HandoutPage} />
      <Route path="/devices" component={DevicesPage} />
      <Route path="/devices/receive" component={ReceiveBatchPage} />
      <Route path="/devices/:id" component={DevicePage} />
      <Route path="/follow-up" component={FollowUpPage} />
      <Route path="/dashboard" component={DashboardPage} />
      <Route path="/dashboard/clients/:figure" component={FigureClientsPage} />
      <Route path="/waves" component={WavesPage} />
      <Route path="/waves/:id" component={WavePage} />
      <Route path="/admin" component={AdminPage} />
      <Route path="/reports" component={ReportsPage} />
      <Route path="/audit" component={AuditPage} />
      <Route path="/documents" component={DocumentsPage} />
      <Route path="/statements" component={StatementsPage} />
    </PortalApp>
  ),
  document.getElementById('app')!,
);
