import type { ObservationList } from '@digipakket/api/contracts';
import { portal } from '../../portal';

export function fetchObservations({ clientId }: { clientId: string }): Promise<ObservationList> {
  return portal.api.request<ObservationList>(`/clients/${encodeURIComponent(clientId)}/observations`);
}
