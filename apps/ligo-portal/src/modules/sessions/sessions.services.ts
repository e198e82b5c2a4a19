import type { SessionList } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export function fetchMySessions(): Promise<SessionList> {
  return portal.api.request<SessionList>('/training/sessions/mine');
}
