import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './signals.schemas';

type Shapes = {
  list: { query: typeof schemas.SignalListQuerySchema; answer: typeof schemas.SignalListSchema };
  snooze: { body: typeof schemas.SignalSnoozeSchema; answer: typeof schemas.SignalResponseSchema };
  resolve: { body: typeof schemas.SignalResolveSchema; answer: z.ZodType<{ resolved: true }> };
};

/** The follow-up signals' routes as the portals call them. */
export const SIGNAL_ROUTES = contract(types<Shapes>(), {
  list: 'GET /signals',
  snooze: 'POST /signals/{id}/snooze',
  resolve: 'POST /signals/{id}/resolve',
});
