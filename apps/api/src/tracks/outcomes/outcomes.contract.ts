import { contract, types } from '../../ground/shared/route-contract';
import type {
  OutcomeBaselineFromIntakeSchema,
  OutcomeClientRoundsSchema,
  OutcomeDueListSchema,
  OutcomeDueQuerySchema,
  OutcomeMeasureSettingsSchema,
  OutcomeMeasureSettingsUpdateSchema,
  OutcomeRoundTakenSchema,
  RecordOutcomeRoundSchema,
} from './outcomes.schemas';

type Shapes = {
  clientRounds: { answer: typeof OutcomeClientRoundsSchema };
  recordRound: { body: typeof RecordOutcomeRoundSchema; answer: typeof OutcomeRoundTakenSchema };
  baselineFromIntake: { answer: typeof OutcomeBaselineFromIntakeSchema };
  due: { query: typeof OutcomeDueQuerySchema; answer: typeof OutcomeDueListSchema };
  settings: { answer: typeof OutcomeMeasureSettingsSchema };
  updateSettings: {
    body: typeof OutcomeMeasureSettingsUpdateSchema;
    answer: typeof OutcomeMeasureSettingsSchema;
  };
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
