import { contract, types } from '../../ground/shared/route-contract';
import type {
  ProgrammeCreateSchema,
  ProgrammeListSchema,
  ProgrammePartnerListSchema,
  ProgrammeSettingsResponseSchema,
  ProgrammeSettingsSchema,
  ProgrammeSummarySchema,
} from './programmes.schemas';

type Shapes = {
  list: { answer: typeof ProgrammeListSchema };
  partners: { answer: typeof ProgrammePartnerListSchema };
  start: { body: typeof ProgrammeCreateSchema; answer: typeof ProgrammeSummarySchema };
  settings: { answer: typeof ProgrammeSettingsResponseSchema };
  saveSettings: { body: typeof ProgrammeSettingsSchema; answer: typeof ProgrammeSettingsResponseSchema };
};

/** The welfare centre's programmes, their partners and settings, as the portals call them. */
export const PROGRAMME_ROUTES = contract(types<Shapes>(), {
  list: 'GET /programmes',
  partners: 'GET /programmes/partners',
  start: 'POST /programmes',
  settings: 'GET /programmes/{id}/settings',
  saveSettings: 'PUT /programmes/{id}/settings',
});
