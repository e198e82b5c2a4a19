import type { TranslationOf } from '../i18n/i18n';
import type { partnerSignalsNl } from './partner-signals.dictionary.nl';

export const partnerSignalsEn: TranslationOf<typeof partnerSignalsNl> = {
  'signals.severity': 'Severity',
  'signals.severity.warning': 'Attention',
  'signals.severity.urgent': 'Urgent',
  'signals.due': 'Due',
  'signals.total.one': '{count} open signal',
  'signals.total.other': '{count} open signals',
  'signals.kind.device.pickup_overdue': 'Laptop not picked up yet',
  'signals.kind.cheque.installation_overdue': 'Installation visit overdue',
  'signals.kind.cheque.expiring': 'Cheque expires soon',
  'signals.kind.training.absent_twice': 'Absent twice in a row',
  'signals.kind.training.referral_missing': 'Referral not decided yet',
  'signals.kind.training.session_changed': 'Session moved or cancelled at short notice',
  'signals.kind.visit.needs_follow_up': 'Needs follow-up after a visit',
  'signals.kind.client.inactive': 'No contact for a long time',
  'signals.kind.contact.phone_unreachable': 'Mobile number unreachable',
  'signals.kind.contact.email_unreachable': 'E-mail address unreachable',
};
