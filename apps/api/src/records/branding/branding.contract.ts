import { contract, type SettingShapes, types } from '../../ground/shared/route-contract';
import type * as schemas from './branding.schemas';

type Setting = SettingShapes<typeof schemas.BrandingUpdateSchema, typeof schemas.BrandingResponseSchema>;

type Shapes = {
  get: Setting['read'];
  update: Setting['save'];
};

/** What the welfare centre's documents print, as the admin page reads and saves it. */
export const BRANDING_ROUTES = contract(types<Shapes>(), {
  get: 'GET /branding',
  update: 'PUT /branding',
});
