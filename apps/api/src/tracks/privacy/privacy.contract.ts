import { contract, type SettingShapes, types } from '../../ground/shared/route-contract';
import type * as schemas from './privacy.schemas';

type Setting = SettingShapes<
  typeof schemas.RetentionSettingsSchema,
  typeof schemas.RetentionSettingsResponseSchema
>;

type Shapes = {
  erase: { body: typeof schemas.ErasureRequestSchema; answer: typeof schemas.ErasureResultSchema };
  retention: Setting['read'];
  saveRetention: Setting['save'];
};

/** The GDPR routes as the portals call them. */
export const PRIVACY_ROUTES = contract(types<Shapes>(), {
  erase: 'POST /clients/{id}/erasure',
  retention: 'GET /privacy/retention',
  saveRetention: 'PUT /privacy/retention',
});
