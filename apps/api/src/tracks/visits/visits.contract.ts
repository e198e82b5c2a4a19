import { route, types } from '../../ground/shared/route-contract';
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

/** The home-help visits' routes as the portals call them. */
export const VISIT_ROUTES = {
  mine: route('GET', '/visits/mine', types<{ answer: typeof VisitListSchema }>()),
  detail: route('GET', '/visits/{chequeId}', types<{ answer: typeof VisitDetailResponseSchema }>()),
  queue: route(
    'GET',
    '/visits/queue',
    types<{ query: typeof QueueQuerySchema; answer: typeof QueueSchema }>(),
  ),
  assign: route('POST', '/visits/{chequeId}/assign', types<Assign>()),
  reschedule: route('POST', '/visits/{chequeId}/reschedule', types<Assign>()),
  noShow: route(
    'POST',
    '/visits/{chequeId}/no-show',
    types<{ body: typeof NoShowRequestSchema; answer: typeof VisitDetailResponseSchema }>(),
  ),
  students: route('GET', '/visits/students', types<{ answer: typeof StudentListSchema }>()),
  inviteStudent: route(
    'POST',
    '/visits/students',
    types<{ body: typeof StudentInviteSchema; answer: typeof StudentInvitedSchema }>(),
  ),
  deactivateStudent: route('POST', '/visits/students/{studentId}/deactivate'),
  studentLink: route(
    'POST',
    '/visits/students/{studentId}/link',
    types<{ answer: typeof SignInLinkSchema }>(),
  ),
};
