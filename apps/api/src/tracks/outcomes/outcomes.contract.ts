import { route, types } from '../../ground/shared/route-contract';
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

/** The outcome measure's routes as the portals call them. */
export const OUTCOME_ROUTES = {
  /** A client's rounds: the welfare centre sees all with statuses and change, a partner only its own. */
  clientRounds: route(
    'GET',
    '/outcomes/clients/{clientId}',
    types<{ answer: typeof OutcomeClientRoundsSchema }>(),
  ),
  /** Record one round (social worker: any; teacher/student: the end round, where the programme says so). */
  recordRound: route(
    'POST',
    '/outcomes/clients/{clientId}/rounds',
    types<{ body: typeof RecordOutcomeRoundSchema; answer: typeof OutcomeRoundTakenSchema }>(),
  ),
  /** The baseline answers the intake already gives, and the items still to ask. */
  baselineFromIntake: route(
    'GET',
    '/outcomes/clients/{clientId}/baseline-from-intake',
    types<{ answer: typeof OutcomeBaselineFromIntakeSchema }>(),
  ),
  /** Rounds due or overdue, for the social worker's follow-up page. */
  due: route(
    'GET',
    '/outcomes/due',
    types<{ query: typeof OutcomeDueQuerySchema; answer: typeof OutcomeDueListSchema }>(),
  ),
  settings: route(
    'GET',
    '/outcomes/programmes/{programmeId}/settings',
    types<{ answer: typeof OutcomeMeasureSettingsSchema }>(),
  ),
  updateSettings: route(
    'PUT',
    '/outcomes/programmes/{programmeId}/settings',
    types<{ body: typeof OutcomeMeasureSettingsUpdateSchema; answer: typeof OutcomeMeasureSettingsSchema }>(),
  ),
};
