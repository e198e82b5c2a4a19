// The words of a partner coordinator's follow-up list that the home-help and training portals
// share (severity, due date, count, kind of signal), part of the kit's dictionary; English and
// French are typed against these.
export const partnerSignalsNl = {
  'signals.severity': 'Ernst',
  'signals.severity.warning': 'Aandacht',
  'signals.severity.urgent': 'Dringend',
  'signals.due': 'Te doen tegen',
  'signals.total.one': '{count} open signaal',
  'signals.total.other': '{count} open signalen',
  'signals.kind.device.pickup_overdue': 'Laptop nog niet afgehaald',
  'signals.kind.cheque.installation_overdue': 'Installatiebezoek te laat',
  'signals.kind.cheque.expiring': 'Cheque vervalt binnenkort',
  'signals.kind.training.absent_twice': 'Twee keer na elkaar afwezig',
  'signals.kind.training.referral_missing': 'Doorverwijzing nog niet beslist',
  'signals.kind.training.session_changed': 'Les kort op voorhand verplaatst of geannuleerd',
  'signals.kind.visit.needs_follow_up': 'Moet opgevolgd worden na bezoek',
  'signals.kind.client.inactive': 'Al lang geen contact',
  'signals.kind.contact.phone_unreachable': 'Gsm-nummer onbereikbaar',
  'signals.kind.contact.email_unreachable': 'E-mailadres onbereikbaar',
} as const;
