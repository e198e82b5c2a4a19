import type { ClientContactUpdate } from '@digipakket/api/contracts';
import { MESSAGE_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

/** The client's number, address, consent per channel and preferred channel. */
export function fetchClientContact({ clientId }: { clientId: string }) {
  return portal.api.call(MESSAGE_ROUTES.contact, { params: { id: clientId } });
}

export function saveClientContact({ clientId, update }: { clientId: string; update: ClientContactUpdate }) {
  return portal.api.call(MESSAGE_ROUTES.updateContact, { params: { id: clientId }, body: update });
}
