import type { z } from 'zod';
import { route, types } from '../../ground/shared/route-contract';
import type {
  ClientInfoMomentsSchema,
  InfoMomentAttendanceRecordSchema,
  InfoMomentCreateSchema,
  InfoMomentDetailSchema,
  InfoMomentEligibleListSchema,
  InfoMomentInviteSchema,
  InfoMomentListSchema,
  InfoMomentSchema,
} from './info-moments.schemas';

/** The info moments' routes as the portals call them. */
export const INFO_MOMENT_ROUTES = {
  list: route('GET', '/info-moments', types<{ answer: typeof InfoMomentListSchema }>()),
  plan: route(
    'POST',
    '/info-moments',
    types<{
      body: typeof InfoMomentCreateSchema;
      answer: z.ZodObject<{ moment: typeof InfoMomentSchema }>;
    }>(),
  ),
  detail: route('GET', '/info-moments/{id}', types<{ answer: typeof InfoMomentDetailSchema }>()),
  eligibleClients: route(
    'GET',
    '/info-moments/{id}/eligible-clients',
    types<{ answer: typeof InfoMomentEligibleListSchema }>(),
  ),
  invite: route(
    'POST',
    '/info-moments/{id}/invitations',
    types<{ body: typeof InfoMomentInviteSchema; answer: typeof InfoMomentDetailSchema }>(),
  ),
  recordAttendance: route(
    'POST',
    '/info-moments/{id}/invitations/{clientId}/attendance',
    types<{ body: typeof InfoMomentAttendanceRecordSchema; answer: typeof InfoMomentDetailSchema }>(),
  ),
  ofClient: route('GET', '/clients/{id}/info-moments', types<{ answer: typeof ClientInfoMomentsSchema }>()),
  oneToOne: route(
    'POST',
    '/clients/{id}/info-moments/one-to-one',
    types<{ answer: typeof ClientInfoMomentsSchema }>(),
  ),
};
