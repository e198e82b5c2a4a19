import { route, types } from '../../ground/shared/route-contract';
import type {
  ErasureRequestSchema,
  ErasureResultSchema,
  RetentionSettingsResponseSchema,
  RetentionSettingsSchema,
} from './privacy.schemas';

/** The GDPR routes as the portals call them. */
export const PRIVACY_ROUTES = {
  erase: route(
    'POST',
    '/clients/{id}/erasure',
    types<{ body: typeof ErasureRequestSchema; answer: typeof ErasureResultSchema }>(),
  ),
  retention: route('GET', '/privacy/retention', types<{ answer: typeof RetentionSettingsResponseSchema }>()),
  saveRetention: route(
    'PUT',
    '/privacy/retention',
    types<{
      body: typeof RetentionSettingsSchema;
      answer: typeof RetentionSettingsResponseSchema;
    }>(),
  ),
};
