import { createResource } from 'solid-js';
import { fetchClientEnrolments, fetchOpenGroups } from './training.services';

/** The groups open for enrolment, loaded again when `query` changes (started groups too, on request). */
export function createOpenGroupsQuery(query: () => { includeStarted: boolean }) {
  return createResource(query, (current) => fetchOpenGroups(current));
}

/**
 * The client's enrolments, loaded again when `source` changes: its `revision` is a new object
 * whenever the client file was loaded again.
 */
export function createClientEnrolmentsQuery(source: () => { clientId: string; revision: object }) {
  return createResource(source, ({ clientId }) => fetchClientEnrolments({ clientId }));
}
