import '@digipakket/portal-kit/styles.css';
import './ocmw.css';
import { PortalApp } from '@digipakket/portal-kit';
import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';
import { render } from 'solid-js/web';
import { ClientsPage } from './modules/clients/pages/clients.page';
import { forPage, navForRole, RoleHome } from './modules/shared/role-pages';
import { portal } from './portal';

const FollowUpPage = lazy(() =>
  import('./modules/follow-up/pages/follow-up.page').then((module) => ({ default: module.FollowUpPage })),
);
const InfoMomentsPage = lazy(() =>
  import('./modules/info-moments/pages/info-moments.page').then((module) => ({
    default: module.InfoMomentsPage,
  })),
);
const InfoMomentPage = lazy(() =>
  import('./modules/info-moments/pages/info-moment.page').then((module) => ({
    default: module.InfoMomentPage,
  })),
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
const RecordRoundPage = lazy(() =>
  import('./modules/outcomes/pages/record-round.page').then((module) => ({
    default: module.RecordRoundPage,
  })),
);
const OutcomeComparisonPage = lazy(() =>
  import('./modules/outcomes/pages/outcome-comparison.page').then((module) => ({
    default: module.OutcomeComparisonPage,
  })),
);
const AuditPage = lazy(() =>
  import('./modules/audit/pages/audit.page').then((module) => ({ default: module.AuditPage })),
);

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
