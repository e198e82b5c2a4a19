import type { ClientCheque, ClientChequeList } from '@digipakket/api/contracts';
import { portal } from '../../portal';

export function issueCheques({ clientId }: { clientId: string }): Promise<ClientChequeList> {
  return portal.api.request<ClientChequeList>(`/clients/${encodeURIComponent(clientId)}/cheques`, {
    method: 'POST',
  });
}

export function cancelCheque({ chequeId, reason }: { chequeId: string; reason: string }) {
  return portal.api.request<{ cheque: ClientCheque }>(`/cheques/${encodeURIComponent(chequeId)}/cancel`, {
    body: { reason },
  });
}
