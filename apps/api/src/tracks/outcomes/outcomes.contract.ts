import { contract, type SettingShapes, types } from '../../ground/shared/route-contract';
import type * as schemas from './outcomes.schemas';

type Setting = SettingShapes<
  typeof schemas.OutcomeMeasureSettingsUpdateSchema,
  typeof schemas.OutcomeMeasureSettingsSchema
>;

type Shapes = {
  clientRounds: { answer: typeof schemas.OutcomeClientRoundsSchema };
  recordRound: {
    body: typeof schemas.RecordOutcomeRoundSchema;
    answer: typeof schemas.OutcomeRoundTakenSchema;
  };
  baselineFromIntake: { answer: typeof schemas.OutcomeBaselineFromIntakeSchema };
  due: { query: typeof schemas.OutcomeDueQuerySchema; answer: typeof schemas.OutcomeDueListSchema };
  settings: Setting['read'];
  updateSettings: Setting['save'];
};

/** The outcome measure's routes as the portals call them. */
export const OUTCOME_ROUTES = contract(types<Shapes>(), {
  /** A client's rounds: the welfare centre sees all with statuses and change, a partner only its own. */
  clientRounds: 'GET /outcomes/clients/{clientId}',
  /** Record one round (social worker: any; teacher/student: the end round, where the programme says so). */
  recordRound: 'POST /outcomes/clients/{clientId}/rounds',
  /** The baseline answers the intake already gives, and the items still to ask. */
  baselineFromIntake: 'GET /outcomes/clients/{clientId}/baseline-from-intake',
  /** Rounds due or overdue, for the social worker's follow-up page. */
  due: 'GET /outcomes/due',
  settings: 'GET /outcomes/programmes/{programmeId}/settings',
  updateSettings: 'PUT /outcomes/programmes/{programmeId}/settings',
});
