import type { VisitList } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export function fetchMyVisits(): Promise<VisitList> {
  return portal.api.request<VisitList>('/visits/mine');
}
