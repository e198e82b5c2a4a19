import type { VisitSummary } from '@digipakket/portal-kit';

export interface VisitGroups {
  overdue: VisitSummary[];
  today: VisitSummary[];
  upcoming: VisitSummary[];
}

function localDateKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Sorts visits by appointment and splits them by the phone's calendar day: still open from an
 * earlier day, today, and later.
 */
export function groupVisits({ visits, now }: { visits: readonly VisitSummary[]; now: Date }): VisitGroups {
  const today = localDateKey(now);
  const sorted = [...visits].sort((a, b) => a.appointmentAt.localeCompare(b.appointmentAt));
  const groups: VisitGroups = { overdue: [], today: [], upcoming: [] };
  for (const visit of sorted) {
    const day = localDateKey(new Date(visit.appointmentAt));
    const group = day < today ? groups.overdue : day === today ? groups.today : groups.upcoming;
    group.push(visit);
  }
  return groups;
}

/**
 * A link that opens the phone's own map app on an address. A `geo:` link works offline and sends
 * the address to no web service.
 */
export function mapHref(address: string): string {
  return `geo:0,0?q=${encodeURIComponent(address)}`;
}

/**
 * A `tel:` link with only the digits and a leading +, as dialers expect. The Belgian habit of
 * writing "+32 (0)9 …" keeps its trunk zero out of the international number.
 */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  if (trimmed.startsWith('+')) return `tel:+${trimmed.replace('(0)', '').replace(/\D/g, '')}`;
  return `tel:${trimmed.replace(/\D/g, '')}`;
}
