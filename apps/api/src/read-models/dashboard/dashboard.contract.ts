import { contract, types } from '../../ground/shared/route-contract';
import type {
  DashboardClientsQuerySchema,
  DashboardClientsSchema,
  DashboardQuerySchema,
  DashboardSchema,
} from './dashboard.schemas';

type Shapes = {
  figures: { query: typeof DashboardQuerySchema; answer: typeof DashboardSchema };
  clients: { query: typeof DashboardClientsQuerySchema; answer: typeof DashboardClientsSchema };
};

/** The project lead's dashboard and the clients behind each of its figures. */
export const DASHBOARD_ROUTES = contract(types<Shapes>(), {
  figures: 'GET /dashboard',
  clients: 'GET /dashboard/clients',
});
