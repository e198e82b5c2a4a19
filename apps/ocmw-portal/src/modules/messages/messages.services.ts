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

/** The letters waiting to be printed and the batches printed before. */
export function fetchLetters() {
  return portal.api.call(MESSAGE_ROUTES.letters);
}

/** Takes the waiting letters into a new batch; printing marks them sent. */
export function printLetters() {
  return portal.api.call(MESSAGE_ROUTES.printLetters);
}

/** Where a printed batch's PDF is downloaded. */
export function letterBatchHref({ batchId }: { batchId: string }): string {
  return `/api/messages/letter-batches/${encodeURIComponent(batchId)}/letters.pdf`;
}
