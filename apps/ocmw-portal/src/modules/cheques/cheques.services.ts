import { CHEQUE_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function issueCheques({ clientId }: { clientId: string }) {
  return portal.api.call(CHEQUE_ROUTES.issue, { params: { id: clientId } });
}

export function cancelCheque({ chequeId, reason }: { chequeId: string; reason: string }) {
  return portal.api.call(CHEQUE_ROUTES.cancel, { params: { id: chequeId }, body: { reason } });
}
