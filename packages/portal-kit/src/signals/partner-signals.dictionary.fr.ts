import type { TranslationOf } from '../i18n/i18n';
import type { partnerSignalsNl } from './partner-signals.dictionary.nl';

export const partnerSignalsFr: TranslationOf<typeof partnerSignalsNl> = {
  'signals.severity': 'Gravité',
  'signals.severity.warning': 'Attention',
  'signals.severity.urgent': 'Urgent',
  'signals.due': 'À faire pour le',
  'signals.total.one': '{count} signal ouvert',
  'signals.total.other': '{count} signaux ouverts',
  'signals.kind.device.pickup_overdue': 'Ordinateur pas encore retiré',
  'signals.kind.cheque.installation_overdue': 'Visite d’installation en retard',
  'signals.kind.cheque.expiring': 'Chèque bientôt expiré',
  'signals.kind.training.absent_twice': 'Absent deux fois de suite',
  'signals.kind.training.referral_missing': 'Orientation pas encore décidée',
  'signals.kind.training.session_changed': 'Séance déplacée ou annulée à court terme',
  'signals.kind.visit.needs_follow_up': 'Suivi nécessaire après une visite',
  'signals.kind.client.inactive': 'Pas de contact depuis longtemps',
  'signals.kind.contact.phone_unreachable': 'Numéro de GSM injoignable',
  'signals.kind.contact.email_unreachable': 'Adresse e-mail injoignable',
};
