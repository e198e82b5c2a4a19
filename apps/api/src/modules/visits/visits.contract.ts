import { route } from '../shared/route-contract';
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
  mine: route<{ answer: typeof VisitListSchema }>()('GET', '/visits/mine'),
  detail: route<{ answer: typeof VisitDetailResponseSchema }>()('GET', '/visits/{chequeId}'),
  queue: route<{ query: typeof QueueQuerySchema; answer: typeof QueueSchema }>()('GET', '/visits/queue'),
  assign: route<Assign>()('POST', '/visits/{chequeId}/assign'),
  reschedule: route<Assign>()('POST', '/visits/{chequeId}/reschedule'),
  noShow: route<{ body: typeof NoShowRequestSchema; answer: typeof VisitDetailResponseSchema }>()(
    'POST',
    '/visits/{chequeId}/no-show',
  ),
  students: route<{ answer: typeof StudentListSchema }>()('GET', '/visits/students'),
  inviteStudent: route<{ body: typeof StudentInviteSchema; answer: typeof StudentInvitedSchema }>()(
    'POST',
    '/visits/students',
  ),
  deactivateStudent: route()('POST', '/visits/students/{studentId}/deactivate'),
};
