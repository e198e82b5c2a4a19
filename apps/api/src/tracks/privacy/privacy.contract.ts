import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './privacy.schemas';

type Shapes = {
  erase: { body: typeof schemas.ErasureRequestSchema; answer: typeof schemas.ErasureResultSchema };
  retention: { answer: typeof schemas.RetentionSettingsResponseSchema };
  saveRetention: {
    body: typeof schemas.RetentionSettingsSchema;
    answer: typeof schemas.RetentionSettingsResponseSchema;
  };
};

/** The GDPR routes as the portals call them. */
export const PRIVACY_ROUTES = contract(types<Shapes>(), {
  erase: 'POST /clients/{id}/erasure',
  retention: 'GET /privacy/retention',
  saveRetention: 'PUT /privacy/retention',
});
