import { createResource } from 'solid-js';
import { fetchIntake } from './intake.services';

/** The client's intake with the waves it can be planned in, loaded again when `clientId` changes. */
export function createIntakeQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchIntake({ clientId: id }));
}
