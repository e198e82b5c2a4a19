import { createResource } from 'solid-js';
import {
  fetchAttendance,
  fetchGroups,
  fetchLocations,
  fetchProgrammes,
  fetchTeachers,
} from './training.services';

/** A session's learners and their marks, loaded again when `sessionId` changes. */
export function createAttendanceQuery(sessionId: () => string) {
  return createResource(sessionId, fetchAttendance);
}

/** The coordinator's course groups. */
export function createGroupsQuery() {
  return createResource(fetchGroups);
}

/** The training locations. */
export function createLocationsQuery() {
  return createResource(fetchLocations);
}

/** The organisation's teachers. */
export function createTeachersQuery() {
  return createResource(fetchTeachers);
}

/** The programmes a group can be planned for. */
export function createProgrammesQuery() {
  return createResource(fetchProgrammes);
}
