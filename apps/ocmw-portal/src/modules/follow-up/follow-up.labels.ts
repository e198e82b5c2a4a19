import type { SignalItem } from '@digipakket/api/contracts';
import type { BadgeTone } from '@digipakket/portal-kit';

export const SIGNAL_KINDS = [
  'device.pickup_overdue',
  'cheque.installation_overdue',
  'cheque.expiring',
  'training.absent_twice',
  'training.referral_missing',
  'training.session_changed',
  'visit.needs_follow_up',
  'client.inactive',
  'contact.phone_unreachable',
  'contact.email_unreachable',
] as const satisfies readonly SignalItem['kind'][];

export const OWNER_KINDS = [
  'welfare',
  'home_help',
  'training',
] as const satisfies readonly SignalItem['owner'][];

export function kindKey(kind: SignalItem['kind']) {
  return `followUp.kind.${kind}` as const;
}

export function todoKey(kind: SignalItem['kind']) {
  return `followUp.todo.${kind}` as const;
}

export function ownerKey(owner: SignalItem['owner']) {
  return `followUp.owner.${owner}` as const;
}

export function severityTone(severity: SignalItem['severity']): BadgeTone {
  return severity === 'urgent' ? 'danger' : 'warning';
}
