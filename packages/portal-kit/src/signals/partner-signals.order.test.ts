import type { SignalItem } from '@digipakket/api/contracts';
import { describe, expect, it } from 'vitest';
import { severityTone, sortByDue } from './partner-signals.order';

function item(id: string, dueAt: string, severity: SignalItem['severity']): SignalItem {
  return {
    id,
    kind: 'cheque.installation_overdue',
    owner: 'home_help',
    ownerOrganisation: { id: 'org_1', name: 'Beego' },
    tenant: { id: 'ten_1', name: 'OCMW Gent' },
    severity,
    status: 'open',
    dueAt,
    snoozedUntil: null,
    snoozeReason: null,
    client: { id: 'cli_1', firstName: 'An', lastName: 'Peeters', fileNumber: null },
    action: { portal: 'beego', path: '/' },
  };
}

describe('the follow-up list', () => {
  it('puts the earliest due signal first and the urgent one first on the same moment', () => {
    const sorted = sortByDue({
      items: [
        item('late', '2025-05-03T08:00:00.000Z', 'urgent'),
        item('warning', '2025-05-01T08:00:00.000Z', 'warning'),
        item('urgent', '2025-05-01T08:00:00.000Z', 'urgent'),
      ],
    });
    expect(sorted.map((signal) => signal.id)).toEqual(['urgent', 'warning', 'late']);
  });

  it('shows an urgent signal as danger and a warning as a warning', () => {
    expect(severityTone('urgent')).toBe('danger');
    expect(severityTone('warning')).toBe('warning');
  });
});
