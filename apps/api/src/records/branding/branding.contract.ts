import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './branding.schemas';

type Shapes = {
  get: { answer: typeof schemas.BrandingResponseSchema };
  update: { body: typeof schemas.BrandingUpdateSchema; answer: typeof schemas.BrandingResponseSchema };
};

/** What the welfare centre's documents print, as the admin page reads and saves it. */
export const BRANDING_ROUTES = contract(types<Shapes>(), {
  get: 'GET /branding',
  update: 'PUT /branding',
});
