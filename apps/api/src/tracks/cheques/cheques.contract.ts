import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type { ChequeCancelSchema, ClientChequeListSchema, ClientChequeSchema } from './cheques.schemas';

type Shapes = {
  ofClient: { answer: typeof ClientChequeListSchema };
  issue: { answer: typeof ClientChequeListSchema };
  cancel: { body: typeof ChequeCancelSchema; answer: z.ZodObject<{ cheque: typeof ClientChequeSchema }> };
};

/** The welfare centre's cheque routes as the portals call them. */
export const CHEQUE_ROUTES = contract(types<Shapes>(), {
  ofClient: 'GET /clients/{id}/cheques',
  issue: 'POST /clients/{id}/cheques',
  cancel: 'POST /cheques/{id}/cancel',
});
