import type { IntakeInput, IntakeSave } from '@digipakket/api/contracts';
import { INTAKE_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchIntake({ clientId }: { clientId: string }) {
  return portal.api.call(INTAKE_ROUTES.detail, { params: { id: clientId } });
}

export function evaluateIntake({ clientId, input }: { clientId: string; input: IntakeInput }) {
  return portal.api.call(INTAKE_ROUTES.evaluate, { params: { id: clientId }, body: input });
}

export function saveIntake({ clientId, intake }: { clientId: string; intake: IntakeSave }) {
  return portal.api.call(INTAKE_ROUTES.save, { params: { id: clientId }, body: intake });
}
