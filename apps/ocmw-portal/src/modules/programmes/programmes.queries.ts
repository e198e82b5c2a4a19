import { createResource } from 'solid-js';
import { fetchCurrentProgramme, fetchProgrammes } from './programmes.services';

/** The welfare centre's programmes with their waves. */
export function createProgrammesQuery() {
  return createResource(fetchProgrammes);
}

/** Every wave of every programme, for the pages that filter by wave. */
export function createWavesQuery() {
  return createResource(async () => (await fetchProgrammes()).items.flatMap((programme) => programme.waves));
}

/** The current programme (the active one, else the newest) as `{ programme }`, which is undefined before there is one. */
export function createCurrentProgrammeQuery() {
  return createResource(async () => ({ programme: await fetchCurrentProgramme() }));
}
