import type { VisitSummary } from '@digipakket/portal-kit';
import { describe, expect, it } from 'vitest';
import { groupVisits, mapHref, telHref } from './visits.grouping';

function visitAt(date: Date, clientName: string): VisitSummary {
  return {
    chequeId: `chq_${clientName}`,
    appointmentAt: date.toISOString(),
    clientName,
    address: 'Sint-Pietersnieuwstraat 33, 9000 Gent',
    phone: '0470 12 34 56',
    language: 'ar',
    needsInterpreter: false,
    purpose: 'installation',
    skillLevel: 'none',
  };
}

describe('groupVisits', () => {
  it('splits visits into earlier days, today and later, each in time order', () => {
    const now = new Date(2025, 5, 3, 10, 0);
    const visits = [
      visitAt(new Date(2025, 5, 4, 9, 0), 'tomorrow'),
      visitAt(new Date(2025, 5, 3, 16, 0), 'this afternoon'),
      visitAt(new Date(2025, 5, 3, 8, 30), 'this morning'),
      visitAt(new Date(2025, 5, 2, 14, 0), 'yesterday'),
    ];

    const groups = groupVisits({ visits, now });

    expect(groups.overdue.map((visit) => visit.clientName)).toEqual(['yesterday']);
    expect(groups.today.map((visit) => visit.clientName)).toEqual(['this morning', 'this afternoon']);
    expect(groups.upcoming.map((visit) => visit.clientName)).toEqual(['tomorrow']);
  });

  it('gives three empty groups for no visits', () => {
    expect(groupVisits({ visits: [], now: new Date() })).toEqual({ overdue: [], today: [], upcoming: [] });
  });
});

describe('mapHref', () => {
  it("opens the phone's map app on the address, encoded", () => {
    expect(mapHref('Sint-Pietersnieuwstraat 33, 9000 Gent')).toBe(
      'geo:0,0?q=Sint-Pietersnieuwstraat%2033%2C%209000%20Gent',
    );
  });
});

describe('telHref', () => {
  it('keeps only digits and a leading plus', () => {
    expect(telHref('0470 12 34 56')).toBe('tel:0470123456');
    expect(telHref(' +32 (0)9 266.77.00 ')).toBe('tel:+3292667700');
    expect(telHref('+32 470/12 34 56')).toBe('tel:+32470123456');
  });
});
