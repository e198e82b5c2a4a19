import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { type RequestContext, requestContext } from '../../ground/http/request-context';
import { routesOf } from '../../ground/http/routes';
import { serveEmpty, serveJson, withCaller } from '../../ground/http/serve';
import { readIdempotencyKey } from '../../ground/idempotency/idempotency.transaction';
import { route } from '../../ground/shared/route-contract';
import { newSignInLinkRoute } from '../../records/users/users.routes';
import { VISIT_ROUTES } from './visits.contract';
import {
  type AssignRequest,
  AssignRequestSchema,
  CodeCheckRequestSchema,
  CodeCheckSchema,
  NoShowRequestSchema,
  QueueQuerySchema,
  QueueSchema,
  RedeemRequestSchema,
  StudentInvitedSchema,
  StudentInviteSchema,
  StudentListSchema,
  VisitDetailResponseSchema,
  VisitListSchema,
} from './visits.schemas';
import {
  checkChequeCode,
  deactivateStudent,
  getVisit,
  inviteStudent,
  issueStudentLink,
  listMyVisits,
  listQueue,
  listStudents,
  planVisit,
  redeemVisit,
} from './visits.usecases';

const HOME_HELP_COORDINATOR = ['home_help:coordinator'] as const;
const HOME_HELP_STUDENT = ['home_help:student'] as const;

const define = routesOf({ tag: 'visits', access: HOME_HELP_COORDINATOR });

type Registration = { app: OpenAPIHono<AppEnv>; deps: AppDeps };

export function registerVisitsRoutes({ app, deps }: Registration) {
  registerStudentVisitRoutes({ app, deps });
  registerStudentRoutes({ app, deps });
  registerPlanningRoutes({ app, deps });
}

/** A student's visits, redeeming and checking a code, and the queue. */
function registerStudentVisitRoutes({ app, deps }: Registration) {
  const timeZone = deps.config.timeZone;

  serveJson(
    app,
    define(VISIT_ROUTES.mine, {
      access: ACCESS.homeHelp,
      summary: 'My scheduled visits from today on',
      description:
        "A student gets their own scheduled cheques; a coordinator gets all of the organisation's.",
      answer: [200, VisitListSchema, 'Scheduled visits, soonest first.'],
    }),
    ({ ctx }) => listMyVisits({ ctx, timeZone }),
  );

  app.openapi(
    define(route('POST', '/visits/redeem'), {
      access: HOME_HELP_STUDENT,
      idempotencyKey: 'required',
      summary: 'Redeem a cheque by its code and log the visit',
      description:
        'Needs an `Idempotency-Key` header: the same key and body replay the first answer, the same key with another body answers 422 `idempotency.key_reused`; a missing key answers 400 `idempotency.key_missing`. A mistyped code answers 400 `cheque_code.mistyped` (or `cheque_code.malformed`); a code no cheque of your organisation has answers 404 `cheque.not_found` (also for other tenants and partners); 409 `cheque.already_redeemed`, `cheque.expired`, `cheque.cancelled`, `cheque.installation_first`; 403 `cheque.other_student` for a cheque planned with another student; 400 `visit.invalid` with `details.reasons` from the visit rules.',
      body: RedeemRequestSchema,
      answer: [201, VisitDetailResponseSchema, 'The redeemed cheque and its visit (also when replayed).'],
      errors: [404, 409],
    }),
    async (c) => {
      const { key } = readIdempotencyKey({ header: c.req.header('idempotency-key'), required: true });
      const result = await redeemVisit({
        ctx: requestContext(c),
        timeZone,
        input: c.req.valid('json'),
        idempotencyKey: key,
      });
      if (result.replayed) c.header('idempotent-replayed', 'true');
      return c.json(result.body, 201);
    },
  );

  serveJson(
    app,
    define(route('POST', '/visits/check'), {
      access: HOME_HELP_STUDENT,
      summary: 'Check a cheque code before the visit: can it be redeemed now?',
      description:
        'Changes nothing. 200 when the code can be redeemed now by you; otherwise the answer redeeming would give: 400 `cheque_code.mistyped` or `cheque_code.malformed`, 404 `cheque.not_found`, 409 `cheque.already_redeemed`, `cheque.expired`, `cheque.cancelled`, `cheque.installation_first`, 403 `cheque.other_student`. Audited as `cheque.check`.',
      body: CodeCheckRequestSchema,
      answer: [200, CodeCheckSchema, 'The code can be redeemed now.'],
      errors: [404, 409],
    }),
    ({ ctx, body }) => checkChequeCode({ ctx, timeZone, code: body.code }),
  );

  serveJson(
    app,
    define(VISIT_ROUTES.queue, {
      summary: 'Cheques waiting for a visit, across every welfare centre served, oldest first',
      description:
        'Requested cheques and unplanned installation cheques, with how long each has waited; plus the visits planned from a week ago on.',
      query: QueueQuerySchema,
      answer: [200, QueueSchema, 'The queue.'],
    }),
    ({ ctx, query }) => listQueue({ ctx, timeZone, query: query }),
  );
}

/** The coordinator's students: invite, new link, deactivate. */
function registerStudentRoutes({ app, deps }: Registration) {
  serveJson(
    app,
    define(VISIT_ROUTES.students, {
      summary: "The organisation's students",
      answer: [200, StudentListSchema, 'Students.'],
    }),
    withCaller(listStudents),
  );

  serveJson(
    app,
    define(VISIT_ROUTES.inviteStudent, {
      summary: 'Invite a student: creates the account and its invitation link, shown once',
      description:
        'The student opens the link (or its QR code) on their phone and chooses their own password; it works once, for `INVITATION_LINK_DAYS` (7). An e-mail address already in use answers 409.',
      body: StudentInviteSchema,
      answer: [201, StudentInvitedSchema, 'The new student and their invitation link.'],
      errors: [409],
    }),
    ({ ctx, body }) => inviteStudent({ ctx, config: deps.config, input: body }),
  );

  serveJson(
    app,
    define(
      VISIT_ROUTES.studentLink,
      newSignInLinkRoute({
        who: 'student',
        notFound: 'A student of another organisation, or a deactivated one, answers 404 `student.not_found`.',
      }),
    ),
    ({ ctx, param }) => issueStudentLink({ ctx, config: deps.config, studentId: param.studentId }),
  );

  serveEmpty(
    app,
    define(VISIT_ROUTES.deactivateStudent, {
      summary: 'Deactivate a student and end their sessions',
      answer: [204, 'Deactivated.'],
      errors: [404],
    }),
    ({ ctx, param }) => deactivateStudent({ ctx, studentId: param.studentId }),
  );
}

/** One visit, and planning it: assign, reschedule, no-show. */
function registerPlanningRoutes({ app, deps }: Registration) {
  const timeZone = deps.config.timeZone;
  /**
   * Assigning and moving a visit, alike but for their texts: the cheque the path names gets the
   * student and time of the body, and a clash for the student answers 409 `visit.clash`.
   */
  const serveAppointment = (
    action: 'assign' | 'reschedule',
    texts: { summary: string; description: string; answered: string },
  ) =>
    serveJson(
      app,
      define(VISIT_ROUTES[action], {
        summary: texts.summary,
        description: texts.description,
        body: AssignRequestSchema,
        answer: [200, VisitDetailResponseSchema, texts.answered],
        errors: [404, 409],
      }),
      ({ ctx, param, body }: { ctx: RequestContext; param: { chequeId: string }; body: AssignRequest }) =>
        planVisit({ ctx, timeZone, chequeId: param.chequeId, action, input: body }),
    );

  serveJson(
    app,
    define(VISIT_ROUTES.detail, {
      access: ACCESS.homeHelp,
      summary: 'One cheque with what the visit needs, and the visit once logged (audited)',
      answer: [200, VisitDetailResponseSchema, 'The visit.'],
      errors: [404],
    }),
    ({ ctx, param }) => getVisit({ ctx, chequeId: param.chequeId }),
  );

  serveAppointment('assign', {
    summary: 'Plan a visit: a student and an appointment',
    description:
      "A student who already has a visit at that time, or one too close to it to get from one home to the other (by the clients' locations when known, else a fixed buffer), answers 409 `visit.clash` with `details.clashes`; send again with `confirmClash: true` to plan anyway.",
    answered: 'The planned cheque.',
  });

  serveAppointment('reschedule', {
    summary: 'Move a planned visit to another time or student',
    description:
      'Warns about a clash for the student like the assign route (409 `visit.clash`, `confirmClash: true`).',
    answered: 'The re-planned cheque.',
  });

  serveJson(
    app,
    define(VISIT_ROUTES.noShow, {
      summary: 'Record that the client was not there: the cheque goes back to the queue',
      description:
        'The welfare centre sees the no-show on the client timeline (audit action `cheque.no_show`).',
      body: NoShowRequestSchema,
      answer: [200, VisitDetailResponseSchema, 'The cheque, requested again.'],
      errors: [404, 409],
    }),
    ({ ctx, param }) => planVisit({ ctx, timeZone, chequeId: param.chequeId, action: 'no_show' }),
  );
}
