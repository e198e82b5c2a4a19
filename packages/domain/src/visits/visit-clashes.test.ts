import { describe, expect, it } from 'vitest';
import { FIXED_TRAVEL_MINUTES, findVisitClashes, type PlannedVisit, travelMinutes } from './visit-clashes';

const korenmarkt = { lat: 51.0545, lon: 3.7215 };
const dampoort = { lat: 51.0565, lon: 3.7403 };
const zwijnaarde = { lat: 51.0058, lon: 3.7103 };

function visit(overrides: Partial<Omit<PlannedVisit, 'start'>> & { start: string }): PlannedVisit {
  return {
    chequeId: 'chq_new',
    clientId: 'cli_new',
    location: null,
    address: null,
    ...overrides,
    start: new Date(overrides.start),
  };
}

/** The visit planned on cheque `chq_<n>` for client `cli_<n>`. */
function plannedVisit(
  n: number,
  fields: Partial<Omit<PlannedVisit, 'start'>> & { start: string },
): PlannedVisit {
  return visit({ chequeId: `chq_${n}`, clientId: `cli_${n}`, ...fields });
}

describe('clashes in a student planning', () => {
  const proposed = visit({ start: '2025-03-13T10:00:00Z', location: korenmarkt, address: 'Korenmarkt 1' });

  it('finds a visit at the same hour at another client as an overlap', () => {
    const other = plannedVisit(1, { start: '2025-03-13T10:00:00Z' });
    expect(findVisitClashes({ proposed, others: [other] })).toEqual([
      { chequeId: 'chq_1', kind: 'overlap', gapMinutes: -60, neededMinutes: FIXED_TRAVEL_MINUTES },
    ]);
  });

  it('finds too little time to cross town between two visits, using the homes when both are known', () => {
    const far = plannedVisit(2, { start: '2025-03-13T11:10:00Z', location: zwijnaarde });
    const [clash] = findVisitClashes({ proposed, others: [far] });
    expect(clash).toMatchObject({ chequeId: 'chq_2', kind: 'travel', gapMinutes: 10 });
    expect(clash!.neededMinutes).toBeGreaterThan(20);
  });

  it('accepts a visit nearby after the travel time, and the next visit at the same address at once', () => {
    const near = plannedVisit(3, { start: '2025-03-13T11:15:00Z', location: dampoort });
    expect(travelMinutes(proposed, near)).toBeLessThanOrEqual(15);
    const sameHouse = plannedVisit(4, { start: '2025-03-13T09:00:00Z', address: 'Korenmarkt 1' });
    expect(findVisitClashes({ proposed, others: [near, sameHouse] })).toEqual([]);
  });

  it('keeps the fixed buffer when a home is not known, and ignores the cheque being moved itself', () => {
    const unknown = plannedVisit(5, { start: '2025-03-13T08:40:00Z' });
    expect(findVisitClashes({ proposed, others: [unknown] })).toEqual([
      { chequeId: 'chq_5', kind: 'travel', gapMinutes: 20, neededMinutes: FIXED_TRAVEL_MINUTES },
    ]);
    const itself = visit({ chequeId: 'chq_new', clientId: 'cli_new', start: '2025-03-13T10:00:00Z' });
    expect(findVisitClashes({ proposed, others: [itself] })).toEqual([]);
  });
});
