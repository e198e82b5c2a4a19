import type { z } from 'zod';
import { route } from '../shared/route-contract';
import type {
  SignalListQuerySchema,
  SignalListSchema,
  SignalResolveSchema,
  SignalResponseSchema,
  SignalSnoozeSchema,
} from './signals.schemas';

/** The follow-up signals' routes as the portals call them. */
export const SIGNAL_ROUTES = {
  list: route<{ query: typeof SignalListQuerySchema; answer: typeof SignalListSchema }>()('GET', '/signals'),
  snooze: route<{ body: typeof SignalSnoozeSchema; answer: typeof SignalResponseSchema }>()(
    'POST',
    '/signals/{id}/snooze',
  ),
  resolve: route<{ body: typeof SignalResolveSchema; answer: z.ZodType<{ resolved: true }> }>()(
    'POST',
    '/signals/{id}/resolve',
  ),
};
