import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './intake.schemas';

type Shapes = {
  detail: { answer: typeof schemas.IntakeResponseSchema };
  evaluate: {
    body: typeof schemas.IntakeInputSchema;
    answer: z.ZodObject<{ evaluation: typeof schemas.IntakeEvaluationSchema }>;
  };
  save: {
    body: typeof schemas.IntakeSaveSchema;
    answer: z.ZodObject<{
      intake: typeof schemas.IntakeViewSchema;
      evaluation: typeof schemas.IntakeEvaluationSchema;
    }>;
  };
};

/** A client's intake as the portals call it. */
export const INTAKE_ROUTES = contract(types<Shapes>(), {
  detail: 'GET /clients/{id}/intake',
  evaluate: 'POST /clients/{id}/intake/evaluate',
  save: 'PUT /clients/{id}/intake',
});
