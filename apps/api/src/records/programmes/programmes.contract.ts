import { contract, type SettingShapes, types } from '../../ground/shared/route-contract';
import type * as schemas from './programmes.schemas';

type Setting = SettingShapes<
  typeof schemas.ProgrammeSettingsSchema,
  typeof schemas.ProgrammeSettingsResponseSchema
>;

type Shapes = {
  list: { answer: typeof schemas.ProgrammeListSchema };
  partners: { answer: typeof schemas.ProgrammePartnerListSchema };
  start: { body: typeof schemas.ProgrammeCreateSchema; answer: typeof schemas.ProgrammeSummarySchema };
  settings: Setting['read'];
  saveSettings: Setting['save'];
};

/** The welfare centre's programmes, their partners and settings, as the portals call them. */
export const PROGRAMME_ROUTES = contract(types<Shapes>(), {
  list: 'GET /programmes',
  partners: 'GET /programmes/partners',
  start: 'POST /programmes',
  settings: 'GET /programmes/{id}/settings',
  saveSettings: 'PUT /programmes/{id}/settings',
});
