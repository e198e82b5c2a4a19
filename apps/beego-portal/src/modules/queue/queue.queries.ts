import type { QueueQuery } from '@digipakket/api/contracts';
import { keyedStorage } from '@digipakket/portal-kit';
import { createResource } from 'solid-js';
import { fetchQueue, fetchStudents } from './queue.services';

/**
 * The coordinator's queue, loaded again whenever the filters (`query`) change and after each
 * planning. Cards still waiting keep their identity, so a student and time being filled in on one
 * card survive the reload that another card's planning starts.
 */
export function createQueueQuery(query: () => QueueQuery) {
  return createResource(query, (current) => fetchQueue(current), { storage: keyedStorage('chequeId') });
}

/** The organisation's students, to plan visits with and to manage. */
export function createStudentsQuery() {
  return createResource(fetchStudents);
}
