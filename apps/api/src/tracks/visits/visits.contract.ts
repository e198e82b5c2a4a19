import { contract, types } from '../../ground/shared/route-contract';
import type { SignInLinkSchema } from '../../records/users/users.schemas';
import type {
  AssignRequestSchema,
  NoShowRequestSchema,
  QueueQuerySchema,
  QueueSchema,
  StudentInvitedSchema,
  StudentInviteSchema,
  StudentListSchema,
  VisitDetailResponseSchema,
  VisitListSchema,
} from './visits.schemas';

type Assign = { body: typeof AssignRequestSchema; answer: typeof VisitDetailResponseSchema };

type Shapes = {
  mine: { answer: typeof VisitListSchema };
  detail: { answer: typeof VisitDetailResponseSchema };
  queue: { query: typeof QueueQuerySchema; answer: typeof QueueSchema };
  assign: Assign;
  reschedule: Assign;
  noShow: { body: typeof NoShowRequestSchema; answer: typeof VisitDetailResponseSchema };
  students: { answer: typeof StudentListSchema };
  inviteStudent: { body: typeof StudentInviteSchema; answer: typeof StudentInvitedSchema };
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
