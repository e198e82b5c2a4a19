import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './dashboard.schemas';

type Shapes = {
  figures: { query: typeof schemas.DashboardQuerySchema; answer: typeof schemas.DashboardSchema };
  clients: {
    query: typeof schemas.DashboardClientsQuerySchema;
    answer: typeof schemas.DashboardClientsSchema;
  };
};

/** The project lead's dashboard and the clients behind each of its figures. */
export const DASHBOARD_ROUTES = contract(types<Shapes>(), {
  figures: 'GET /dashboard',
  clients: 'GET /dashboard/clients',
});
