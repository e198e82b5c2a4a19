import type { QueueQuery } from '@digipakket/api/contracts';
import { createResource } from 'solid-js';
import { fetchQueue, fetchStudents } from './queue.services';

/** The coordinator's queue, loaded again whenever the filters (`query`) change. */
export function createQueueQuery(query: () => QueueQuery) {
  return createResource(query, (current) => fetchQueue(current));
}

/** The organisation's students, to plan visits with and to manage. */
export function createStudentsQuery() {
  return createResource(fetchStudents);
}
