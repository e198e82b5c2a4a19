import { contract, types } from '../../ground/shared/route-contract';
import type {
  ErasureRequestSchema,
  ErasureResultSchema,
  RetentionSettingsResponseSchema,
  RetentionSettingsSchema,
} from './privacy.schemas';

type Shapes = {
  erase: { body: typeof ErasureRequestSchema; answer: typeof ErasureResultSchema };
  retention: { answer: typeof RetentionSettingsResponseSchema };
  saveRetention: { body: typeof RetentionSettingsSchema; answer: typeof RetentionSettingsResponseSchema };
};

/** The GDPR routes as the portals call them. */
export const PRIVACY_ROUTES = contract(types<Shapes>(), {
  erase: 'POST /clients/{id}/erasure',
  retention: 'GET /privacy/retention',
  saveRetention: 'PUT /privacy/retention',
});
