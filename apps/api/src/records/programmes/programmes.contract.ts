import { route, types } from '../../ground/shared/route-contract';
import type {
  ProgrammeCreateSchema,
  ProgrammeListSchema,
  ProgrammePartnerListSchema,
  ProgrammeSettingsResponseSchema,
  ProgrammeSettingsSchema,
  ProgrammeSummarySchema,
} from './programmes.schemas';

/** The welfare centre's programmes, their partners and settings, as the portals call them. */
export const PROGRAMME_ROUTES = {
  list: route('GET', '/programmes', types<{ answer: typeof ProgrammeListSchema }>()),
  partners: route('GET', '/programmes/partners', types<{ answer: typeof ProgrammePartnerListSchema }>()),
  start: route(
    'POST',
    '/programmes',
    types<{ body: typeof ProgrammeCreateSchema; answer: typeof ProgrammeSummarySchema }>(),
  ),
  settings: route(
    'GET',
    '/programmes/{id}/settings',
    types<{ answer: typeof ProgrammeSettingsResponseSchema }>(),
  ),
  saveSettings: route(
    'PUT',
    '/programmes/{id}/settings',
    types<{ body: typeof ProgrammeSettingsSchema; answer: typeof ProgrammeSettingsResponseSchema }>(),
  ),
};
