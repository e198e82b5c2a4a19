import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './cheques.schemas';

type Shapes = {
  ofClient: { answer: typeof schemas.ClientChequeListSchema };
  issue: { answer: typeof schemas.ClientChequeListSchema };
  cancel: {
    body: typeof schemas.ChequeCancelSchema;
    answer: z.ZodObject<{ cheque: typeof schemas.ClientChequeSchema }>;
  };
};

/** The welfare centre's cheque routes as the portals call them. */
export const CHEQUE_ROUTES = contract(types<Shapes>(), {
  ofClient: 'GET /clients/{id}/cheques',
  issue: 'POST /clients/{id}/cheques',
  cancel: 'POST /cheques/{id}/cancel',
});
