import { contract, types } from '../../ground/shared/route-contract';
import type { SignInLinkSchema } from '../../records/users/users.schemas';
import type * as schemas from './visits.schemas';

type Assign = { body: typeof schemas.AssignRequestSchema; answer: typeof schemas.VisitDetailResponseSchema };

type Shapes = {
  mine: { answer: typeof schemas.VisitListSchema };
  detail: { answer: typeof schemas.VisitDetailResponseSchema };
  queue: { query: typeof schemas.QueueQuerySchema; answer: typeof schemas.QueueSchema };
  assign: Assign;
  reschedule: Assign;
  noShow: { body: typeof schemas.NoShowRequestSchema; answer: typeof schemas.VisitDetailResponseSchema };
  students: { answer: typeof schemas.StudentListSchema };
  inviteStudent: { body: typeof schemas.StudentInviteSchema; answer: typeof schemas.StudentInvitedSchema };
  studentLink: { answer: typeof SignInLinkSchema };
};

/** The home-help visits' routes as the portals call them. */
export const VISIT_ROUTES = contract(types<Shapes>(), {
  mine: 'GET /visits/mine',
  detail: 'GET /visits/{chequeId}',
  queue: 'GET /visits/queue',
  assign: 'POST /visits/{chequeId}/assign',
  reschedule: 'POST /visits/{chequeId}/reschedule',
  noShow: 'POST /visits/{chequeId}/no-show',
  students: 'GET /visits/students',
  inviteStudent: 'POST /visits/students',
  deactivateStudent: 'POST /visits/students/{studentId}/deactivate',
  studentLink: 'POST /visits/students/{studentId}/link',
});
