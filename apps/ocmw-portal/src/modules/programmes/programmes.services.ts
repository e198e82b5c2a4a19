import type { ProgrammeList, ProgrammeSummary } from '@digipakket/api/contracts';
import { PROGRAMME_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

/** The welfare centre's programmes, each with its waves. */
export function fetchProgrammes(): Promise<ProgrammeList> {
  return portal.api.call(PROGRAMME_ROUTES.list);
}

/** The welfare centre's current programme: the active one, else the newest, or none yet. */
export function currentProgrammeOf({ items }: ProgrammeList): ProgrammeSummary | undefined {
  return items.find((item) => item.status === 'active') ?? items[0];
}

/** The welfare centre's current programme (the active one, else the newest), or none yet. */
export async function fetchCurrentProgramme(): Promise<ProgrammeSummary | undefined> {
  return currentProgrammeOf(await fetchProgrammes());
}
