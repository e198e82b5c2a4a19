import type { TranslationOf } from '@digipakket/portal-kit';
import type { ligoNl } from './ligo.dictionary.nl';

export const ligoFr: TranslationOf<typeof ligoNl> = {
  'nav.sessions': 'Mes cours',

  'sessions.title': 'Mes cours',
  'sessions.intro': 'Les cours que vous donnez, aujourd’hui et dans les semaines à venir.',
  'sessions.list': 'Cours',
  'sessions.today': 'Aujourd’hui',
  'sessions.time': 'de {start} à {end}',
  'sessions.group': 'Groupe',
  'sessions.location': 'Lieu',
  'sessions.noLocation': 'Lieu pas encore fixé',
  'sessions.enrolled.one': '{count} apprenant inscrit',
  'sessions.enrolled.other': '{count} apprenants inscrits',

  'sessions.empty.title': 'Aucun cours prévu',
  'sessions.empty.text':
    'Dès que le coordinateur vous attribue un groupe, vous verrez ici quand et où vous donnez cours et combien d’apprenants viennent.',
};
