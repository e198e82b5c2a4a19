import { createResource } from 'solid-js';
import { fetchMySessions } from './sessions.services';

/** The teacher's sessions from `from` on. */
export function createMySessionsQuery({ from }: { from: string }) {
  return createResource(() => fetchMySessions({ from }));
}
