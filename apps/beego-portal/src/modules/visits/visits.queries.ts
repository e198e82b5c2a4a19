import { createResource } from 'solid-js';
import { fetchMyVisits, fetchVisit } from './visits.services';

/** The student's visits, from the phone's copy when there is no network. */
export function createMyVisitsQuery() {
  return createResource(fetchMyVisits);
}

/** One visit, loaded again when `chequeId` changes. */
export function createVisitQuery(chequeId: () => string) {
  return createResource(chequeId, fetchVisit);
}
