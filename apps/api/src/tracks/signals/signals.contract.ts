import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type {
  SignalListQuerySchema,
  SignalListSchema,
  SignalResolveSchema,
  SignalResponseSchema,
  SignalSnoozeSchema,
} from './signals.schemas';

type Shapes = {
  list: { query: typeof SignalListQuerySchema; answer: typeof SignalListSchema };
  snooze: { body: typeof SignalSnoozeSchema; answer: typeof SignalResponseSchema };
  resolve: { body: typeof SignalResolveSchema; answer: z.ZodType<{ resolved: true }> };
};

/** The follow-up signals' routes as the portals call them. */
export const SIGNAL_ROUTES = contract(types<Shapes>(), {
  list: 'GET /signals',
  snooze: 'POST /signals/{id}/snooze',
  resolve: 'POST /signals/{id}/resolve',
});
