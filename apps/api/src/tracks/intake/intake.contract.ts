import type { z } from 'zod';
import { route, types } from '../../ground/shared/route-contract';
import type {
  IntakeEvaluationSchema,
  IntakeInputSchema,
  IntakeResponseSchema,
  IntakeSaveSchema,
  IntakeViewSchema,
} from './intake.schemas';

/** A client's intake as the portals call it. */
export const INTAKE_ROUTES = {
  detail: route('GET', '/clients/{id}/intake', types<{ answer: typeof IntakeResponseSchema }>()),
  evaluate: route(
    'POST',
    '/clients/{id}/intake/evaluate',
    types<{
      body: typeof IntakeInputSchema;
      answer: z.ZodObject<{ evaluation: typeof IntakeEvaluationSchema }>;
    }>(),
  ),
  save: route(
    'PUT',
    '/clients/{id}/intake',
    types<{
      body: typeof IntakeSaveSchema;
      answer: z.ZodObject<{ intake: typeof IntakeViewSchema; evaluation: typeof IntakeEvaluationSchema }>;
    }>(),
  ),
};
