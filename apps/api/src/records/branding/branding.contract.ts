import { route, types } from '../../ground/shared/route-contract';
import type { BrandingResponseSchema, BrandingUpdateSchema } from './branding.schemas';

/** What the welfare centre's documents print, as the admin page reads and saves it. */
export const BRANDING_ROUTES = {
  get: route('GET', '/branding', types<{ answer: typeof BrandingResponseSchema }>()),
  update: route(
    'PUT',
    '/branding',
    types<{ body: typeof BrandingUpdateSchema; answer: typeof BrandingResponseSchema }>(),
  ),
};
