import '@digipakket/portal-kit/styles.css';
import './ocmw.css';
import { lazyPage, PortalApp } from '@digipakket/portal-kit';
import { Route } from '@solidjs/router';
import { render } from 'solid-js/web';
import { ClientsPage } from './modules/clients/pages/clients.page';
import { forPage, navForRole, RoleHome } from './modules/shared/role-pages';
import { portal } from './portal';

const FollowUpPage = lazyPage(() => import('./modules/follow-up/pages/follow-up.page'), 'FollowUpPage');
const InfoMomentsPage = lazyPage(
  () => import('./modules/info-moments/pages/info-moments.page'),
  'InfoMomentsPage',
);
const InfoMomentPage = lazyPage(
  () => import('./modules/info-moments/pages/info-moment.page'),
  'InfoMomentPage',
);
const DashboardPage = lazyPage(() => import('./modules/dashboard/pages/dashboard.page'), 'DashboardPage');
const FigureClientsPage = lazyPage(
  () => import('./modules/dashboard/pages/figure-clients.page'),
  'FigureClientsPage',
);
const NewClientPage = lazyPage(() => import('./modules/clients/pages/new-client.page'), 'NewClientPage');
const EditClientPage = lazyPage(() => import('./modules/clients/pages/edit-client.page'), 'EditClientPage');
const ClientPage = lazyPage(() => import('./modules/clients/pages/client.page'), 'ClientPage');
const IntakePage = lazyPage(() => import('./modules/intake/pages/intake.page'), 'IntakePage');
const HandoutPage = lazyPage(() => import('./modules/devices/pages/handout.page'), 'HandoutPage');
const DevicesPage = lazyPage(() => import('./modules/devices/pages/devices.page'), 'DevicesPage');
const ReceiveBatchPage = lazyPage(
  () => import('./modules/devices/pages/receive-batch.page'),
  'ReceiveBatchPage',
);
const ImportPage = lazyPage(() => import('./modules/client-import/pages/import.page'), 'ImportPage');
const DevicePage = lazyPage(() => import('./modules/devices/pages/device.page'), 'DevicePage');
const WavesPage = lazyPage(() => import('./modules/waves/pages/waves.page'), 'WavesPage');
const WavePage = lazyPage(() => import('./modules/waves/pages/wave.page'), 'WavePage');
const AdminPage = lazyPage(() => import('./modules/admin/pages/admin.page'), 'AdminPage');
const ReportsPage = lazyPage(() => import('./modules/reports/pages/reports.page'), 'ReportsPage');
const DocumentsPage = lazyPage(() => import('./modules/documents/pages/documents.page'), 'DocumentsPage');
const StatementsPage = lazyPage(() => import('./modules/statements/pages/statements.page'), 'StatementsPage');
const RecordRoundPage = lazyPage(
  () => import('./modules/outcomes/pages/record-round.page'),
  'RecordRoundPage',
);
const OutcomeComparisonPage = lazyPage(
  () => import('./modules/outcomes/pages/outcome-comparison.page'),
  'OutcomeComparisonPage',
);
const AuditPage = lazyPage(() => import('./modules/audit/pages/audit.page'), 'AuditPage');

render(
  () => (
    <PortalApp portal={portal} nav={navForRole}>
      <Route path="/" component={RoleHome} />
      <Route path="/clients" component={forPage('clients', ClientsPage)} />
      <Route path="/clients/new" component={forPage('newClient', NewClientPage)} />
      <Route path="/clients/import" component={forPage('import', ImportPage)} />
      <Route path="/clients/:id" component={forPage('clients', ClientPage)} />
      <Route path="/clients/:id/edit" component={forPage('clients', EditClientPage)} />
      <Route path="/clients/:id/intake" component={forPage('clients', IntakePage)} />
      <Route path="/clients/:id/handout" component={forPage('clients', HandoutPage)} />
      <Route path="/clients/:id/outcomes/:round" component={forPage('clients', RecordRoundPage)} />
      <Route path="/devices" component={forPage('devices', DevicesPage)} />
      <Route path="/devices/receive" component={forPage('devices', ReceiveBatchPage)} />
      <Route path="/devices/:id" component={forPage('devices', DevicePage)} />
      <Route path="/follow-up" component={forPage('followUp', FollowUpPage)} />
      <Route path="/info-moments" component={forPage('infoMoments', InfoMomentsPage)} />
      <Route path="/info-moments/:id" component={forPage('infoMoments', InfoMomentPage)} />
      <Route path="/dashboard" component={forPage('dashboard', DashboardPage)} />
      <Route path="/dashboard/clients/:figure" component={forPage('dashboard', FigureClientsPage)} />
      <Route path="/dashboard/outcomes" component={forPage('dashboard', OutcomeComparisonPage)} />
      <Route path="/waves" component={forPage('waves', WavesPage)} />
      <Route path="/waves/:id" component={forPage('waves', WavePage)} />
      <Route path="/admin" component={forPage('admin', AdminPage)} />
      <Route path="/reports" component={forPage('reports', ReportsPage)} />
      <Route path="/audit" component={forPage('audit', AuditPage)} />
      <Route path="/documents" component={forPage('documents', DocumentsPage)} />
      <Route path="/statements" component={forPage('statements', StatementsPage)} />
    </PortalApp>
  ),
  document.getElementById('app')!,
);
