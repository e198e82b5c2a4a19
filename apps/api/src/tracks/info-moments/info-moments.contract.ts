import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
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

type Shapes = {
  list: { answer: typeof InfoMomentListSchema };
  plan: { body: typeof InfoMomentCreateSchema; answer: z.ZodObject<{ moment: typeof InfoMomentSchema }> };
  detail: { answer: typeof InfoMomentDetailSchema };
  eligibleClients: { answer: typeof InfoMomentEligibleListSchema };
  invite: { body: typeof InfoMomentInviteSchema; answer: typeof InfoMomentDetailSchema };
  recordAttendance: { body: typeof InfoMomentAttendanceRecordSchema; answer: typeof InfoMomentDetailSchema };
  ofClient: { answer: typeof ClientInfoMomentsSchema };
  oneToOne: { answer: typeof ClientInfoMomentsSchema };
};

/** The info moments' routes as the portals call them. */
export const INFO_MOMENT_ROUTES = contract(types<Shapes>(), {
  list: 'GET /info-moments',
  plan: 'POST /info-moments',
  detail: 'GET /info-moments/{id}',
  eligibleClients: 'GET /info-moments/{id}/eligible-clients',
  invite: 'POST /info-moments/{id}/invitations',
  recordAttendance: 'POST /info-moments/{id}/invitations/{clientId}/attendance',
  ofClient: 'GET /clients/{id}/info-moments',
  oneToOne: 'POST /clients/{id}/info-moments/one-to-one',
});
