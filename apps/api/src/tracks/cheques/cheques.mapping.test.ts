import { describe, expect, it } from 'vitest';
import { chequeExpiryInstant, toDomainCheque } from './cheques.mapping';
import type { ChequeRow } from './cheques.repository';

const row: ChequeRow = {
  id: 'chq_1',
  tenantId: 'ten_1',
  clientId: 'cli_1',
  programmeId: 'prg_1',
  code: 'ABCDEFGHJKL',
  purpose: 'installation',
  status: 'issued',
  validUntil: '2026-03-12',
  homeHelpOrgId: 'org_1',
  studentUserId: null,
  appointmentAt: null,
  redeemedAt: null,
  cancelledReason: null,
  issuedAt: new Date('2025-03-12T08:00:00.000Z'),
  createdAt: new Date('2025-03-12T08:00:00.000Z'),
  updatedAt: new Date('2025-03-12T08:00:00.000Z'),
} as ChequeRow;

describe("a stored cheque's validity", () => {
  it('runs through its last day in the time zone: it expires at the next local midnight, winter and summer', () => {
    expect(chequeExpiryInstant({ validUntil: '2026-03-12', timeZone: 'Europe/Brussels' }).toISOString()).toBe(
      '2026-03-12T23:00:00.000Z',
    );
    expect(chequeExpiryInstant({ validUntil: '2026-07-01', timeZone: 'Europe/Brussels' }).toISOString()).toBe(
      '2026-07-01T22:00:00.000Z',
    );
    expect(chequeExpiryInstant({ validUntil: '2026-03-12', timeZone: 'UTC' }).toISOString()).toBe(
      '2026-03-13T00:00:00.000Z',
    );
  });

  it('is read the same way for a cheque row alone as for one read with its visit', () => {
    const alone = toDomainCheque({ row, timeZone: 'Europe/Brussels' });
    const withVisit = toDomainCheque({
      row: { ...row, visitedOn: null, minutes: null, topics: null, notes: null, needsFollowUp: null },
      timeZone: 'Europe/Brussels',
    });
    expect(alone.validUntil.toISOString()).toBe('2026-03-12T23:00:00.000Z');
    expect(withVisit).toEqual(alone);
  });
});
