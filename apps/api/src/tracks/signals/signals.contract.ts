import type { z } from 'zod';
import { route, types } from '../../ground/shared/route-contract';
import type {
  SignalListQuerySchema,
  SignalListSchema,
  SignalResolveSchema,
  SignalResponseSchema,
  SignalSnoozeSchema,
} from './signals.schemas';

/** The follow-up signals' routes as the portals call them. */
export const SIGNAL_ROUTES = {
  list: route(
    'GET',
    '/signals',
    types<{ query: typeof SignalListQuerySchema; answer: typeof SignalListSchema }>(),
  ),
  snooze: route(
    'POST',
    '/signals/{id}/snooze',
    types<{ body: typeof SignalSnoozeSchema; answer: typeof SignalResponseSchema }>(),
  ),
  resolve: route(
    'POST',
    '/signals/{id}/resolve',
    types<{ body: typeof SignalResolveSchema; answer: z.ZodType<{ resolved: true }> }>(),
  ),
};
