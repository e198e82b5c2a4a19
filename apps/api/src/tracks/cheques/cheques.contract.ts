import type { z } from 'zod';
import { route, types } from '../../ground/shared/route-contract';
import type { ChequeCancelSchema, ClientChequeListSchema, ClientChequeSchema } from './cheques.schemas';

/** The welfare centre's cheque routes as the portals call them. */
export const CHEQUE_ROUTES = {
  ofClient: route('GET', '/clients/{id}/cheques', types<{ answer: typeof ClientChequeListSchema }>()),
  issue: route('POST', '/clients/{id}/cheques', types<{ answer: typeof ClientChequeListSchema }>()),
  cancel: route(
    'POST',
    '/cheques/{id}/cancel',
    types<{
      body: typeof ChequeCancelSchema;
      answer: z.ZodObject<{ cheque: typeof ClientChequeSchema }>;
    }>(),
  ),
};
