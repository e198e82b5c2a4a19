import { route, types } from '../../ground/shared/route-contract';
import type {
  DashboardClientsQuerySchema,
  DashboardClientsSchema,
  DashboardQuerySchema,
  DashboardSchema,
} from './dashboard.schemas';

/** The project lead's dashboard and the clients behind each of its figures. */
export const DASHBOARD_ROUTES = {
  figures: route(
    'GET',
    '/dashboard',
    types<{ query: typeof DashboardQuerySchema; answer: typeof DashboardSchema }>(),
  ),
  clients: route(
    'GET',
    '/dashboard/clients',
    types<{ query: typeof DashboardClientsQuerySchema; answer: typeof DashboardClientsSchema }>(),
  ),
};
