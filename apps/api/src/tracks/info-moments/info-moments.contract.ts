import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './info-moments.schemas';

type Shapes = {
  list: { answer: typeof schemas.InfoMomentListSchema };
  plan: {
    body: typeof schemas.InfoMomentCreateSchema;
    answer: z.ZodObject<{ moment: typeof schemas.InfoMomentSchema }>;
  };
  detail: { answer: typeof schemas.InfoMomentDetailSchema };
  eligibleClients: { answer: typeof schemas.InfoMomentEligibleListSchema };
  invite: { body: typeof schemas.InfoMomentInviteSchema; answer: typeof schemas.InfoMomentDetailSchema };
  recordAttendance: {
    body: typeof schemas.InfoMomentAttendanceRecordSchema;
    answer: typeof schemas.InfoMomentDetailSchema;
  };
  ofClient: { answer: typeof schemas.ClientInfoMomentsSchema };
  oneToOne: { answer: typeof schemas.ClientInfoMomentsSchema };
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
