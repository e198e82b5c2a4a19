import type { SessionList } from '@digipakket/portal-kit';
import { portal } from '../../portal';

/** My sessions from `from` on (a week back shows the ones whose attendance can still be corrected). */
export function fetchMySessions({ from }: { from?: string } = {}): Promise<SessionList> {
  return portal.api.request<SessionList>('/training/sessions/mine', { query: { from } });
}
