import type { SignalItem } from '@digipakket/api/contracts';
import type { BadgeTone } from '../display/display-parts.component';

/** Earliest due first, the urgent one first on the same moment. */
export function sortByDue({ items }: { items: readonly SignalItem[] }): SignalItem[] {
  return [...items].sort(
    (a, b) =>
      a.dueAt.localeCompare(b.dueAt) || (a.severity === b.severity ? 0 : a.severity === 'urgent' ? -1 : 1),
  );
}

export function severityTone(severity: SignalItem['severity']): BadgeTone {
  return severity === 'urgent' ? 'danger' : 'warning';
}
