import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { OUTCOME_ROUTES } from './outcomes.contract';
import {
  OutcomeBaselineFromIntakeSchema,
  OutcomeClientRoundsSchema,
  OutcomeDueListSchema,
  OutcomeDueQuerySchema,
  OutcomeMeasureSettingsSchema,
  OutcomeMeasureSettingsUpdateSchema,
  OutcomeRoundTakenSchema,
  RecordOutcomeRoundSchema,
} from './outcomes.schemas';
import {
  getBaselineFromIntake,
  getClientOutcomeRounds,
  getOutcomeSettings,
  listDueOutcomeRounds,
  recordOutcomeRound,
  updateOutcomeSettings,
} from './outcomes.usecases';

const SETTINGS_ACCESS = ['welfare:admin', 'welfare:project_lead'] as const;

const define = routesOf({ tag: 'clients', access: SETTINGS_ACCESS });

export function registerOutcomesRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const timeZone = deps.config.timeZone;

  serveJson(
    app,
    define(OUTCOME_ROUTES.clientRounds, {
      access: [
        'welfare:social_worker',
        'welfare:project_lead',
        'training:coordinator',
        'training:teacher',
        'home_help:coordinator',
        'home_help:student',
      ],
      summary: "A client's outcome rounds: before and after, with the rounds still missing (audited)",
      description:
        "The welfare centre gets every round with its score, the status of each round and the change from the baseline. A partner gets only the rounds its own people took (a coordinator their organisation's, a teacher or student their own), with no statuses: a round someone else took answers exactly like one nobody took. A client of another tenant, or one the partner does not work with, answers 404 `client.not_found`.",
      answer: [200, OutcomeClientRoundsSchema, 'The rounds the viewer may see.'],
      errors: [404],
    }),
    ({ ctx, param: { clientId } }) => getClientOutcomeRounds({ ctx, clientId, timeZone }),
  );

  serveJson(
    app,
    define(OUTCOME_ROUTES.recordRound, {
      access: ['welfare:social_worker', 'training:teacher', 'home_help:student'],
      summary: 'Record one round of the outcome measure',
      description:
        "The social worker may take any round, in person, by phone or typed in from the printed questionnaire (`mode: paper`, `takenOn` the day on the sheet). A teacher takes only the end round, naming the session (`occasion.kind: training_session`) that must be the group's last half-day; a student only the end round at the client's second visit (`occasion.kind: home_visit` with the cheque); both only where the programme chose that partner (409 `outcome_round.not_allowed` with `details.reasons`; the rules of the programme, not the role, refuse it). A session or cheque not theirs with this client answers 404 `outcome_round.occasion_not_found`. 409 `outcome_round.not_open` when the round is not open on `takenOn` (`details.status`, `details.window`), 409 `outcome_round.already_taken`, 409 `outcome_round.no_intake`, 400 `outcome_round.answers_invalid` (`details.reasons`). Audited as `outcome_round.record`.",
      body: RecordOutcomeRoundSchema,
      answer: [201, OutcomeRoundTakenSchema, 'The round as recorded, with its score.'],
      errors: [404, 409],
    }),
    ({ ctx, param: { clientId }, body }) => recordOutcomeRound({ ctx, clientId, input: body, timeZone }),
  );

  serveJson(
    app,
    define(OUTCOME_ROUTES.baselineFromIntake, {
      access: ['welfare:social_worker'],
      summary: "The baseline answers the intake's skills questions already give, and the items still to ask",
      description:
        'Changes nothing: the social worker sends these answers with the others as the baseline round. 409 `outcome_round.no_intake` without an approved intake.',
      answer: [200, OutcomeBaselineFromIntakeSchema, 'The mapped answers.'],
      errors: [404, 409],
    }),
    ({ tenant, param: { clientId } }) => getBaselineFromIntake({ ctx: tenant, clientId, timeZone }),
  );

  serveJson(
    app,
    define(OUTCOME_ROUTES.due, {
      tag: 'signals',
      access: ['welfare:social_worker', 'welfare:project_lead'],
      summary: 'Outcome rounds due or overdue today, for the follow-up page',
      description:
        'Earliest due first. The 3- and 6-month follow-ups are marked `byPhone`. `scope=mine` (the default) lists the clients the caller registered, `scope=all` every client of the active programme.',
      query: OutcomeDueQuerySchema,
      answer: [200, OutcomeDueListSchema, 'The rounds to ask.'],
    }),
    ({ tenant, query: { scope } }) => listDueOutcomeRounds({ ctx: tenant, scope, timeZone }),
  );

  serveJson(
    app,
    define(OUTCOME_ROUTES.settings, {
      tag: 'programmes',
      summary: "A programme's settings for the outcome measure",
      answer: [200, OutcomeMeasureSettingsSchema, 'The settings, defaults filled in.'],
      errors: [404],
    }),
    ({ tenant, param: { programmeId } }) => getOutcomeSettings({ ctx: tenant, programmeId }),
  );

  serveJson(
    app,
    define(OUTCOME_ROUTES.updateSettings, {
      tag: 'programmes',
      summary: "Change a programme's settings for the outcome measure",
      description:
        'The parts sent replace the current ones; 400 `outcome_settings.invalid` with every problem in `details.reasons`. Audited as `programme.outcome_settings_update`.',
      body: OutcomeMeasureSettingsUpdateSchema,
      answer: [200, OutcomeMeasureSettingsSchema, 'The settings as stored.'],
      errors: [404],
    }),
    ({ tenant, param: { programmeId }, body }) =>
      updateOutcomeSettings({ ctx: tenant, programmeId, input: body }),
  );
}
