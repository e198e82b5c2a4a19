import { createResource } from 'solid-js';
import {
  fetchAttendance,
  fetchGroup,
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

/** The training locations; with `wanted`, loaded only while it is true and again each time it turns true. */
export function createLocationsQuery(wanted?: () => boolean) {
  return wanted ? createResource(wanted, () => fetchLocations()) : createResource(fetchLocations);
}

/** One group with its sessions and learners, loaded again when `groupId` changes. */
export function createGroupQuery(groupId: () => string) {
  return createResource(groupId, fetchGroup);
}

/** The organisation's teachers. */
export function createTeachersQuery() {
  return createResource(fetchTeachers);
}

/** The programmes a group can be planned for. */
export function createProgrammesQuery() {
  return createResource(fetchProgrammes);
}
