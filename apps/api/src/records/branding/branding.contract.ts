import { contract, types } from '../../ground/shared/route-contract';
import type { BrandingResponseSchema, BrandingUpdateSchema } from './branding.schemas';

type Shapes = {
  get: { answer: typeof BrandingResponseSchema };
  update: { body: typeof BrandingUpdateSchema; answer: typeof BrandingResponseSchema };
};

/** What the welfare centre's documents print, as the admin page reads and saves it. */
export const BRANDING_ROUTES = contract(types<Shapes>(), {
  get: 'GET /branding',
  update: 'PUT /branding',
});
