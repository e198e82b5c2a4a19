import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type {
  IntakeEvaluationSchema,
  IntakeInputSchema,
  IntakeResponseSchema,
  IntakeSaveSchema,
  IntakeViewSchema,
} from './intake.schemas';

type Shapes = {
  detail: { answer: typeof IntakeResponseSchema };
  evaluate: {
    body: typeof IntakeInputSchema;
    answer: z.ZodObject<{ evaluation: typeof IntakeEvaluationSchema }>;
  };
  save: {
    body: typeof IntakeSaveSchema;
    answer: z.ZodObject<{ intake: typeof IntakeViewSchema; evaluation: typeof IntakeEvaluationSchema }>;
  };
};

/** A client's intake as the portals call it. */
export const INTAKE_ROUTES = contract(types<Shapes>(), {
  detail: 'GET /clients/{id}/intake',
  evaluate: 'POST /clients/{id}/intake/evaluate',
  save: 'PUT /clients/{id}/intake',
});
