import type { TranslationOf } from '@digipakket/portal-kit';
import type { beegoNl } from './beego.dictionary.nl';

export const beegoFr: TranslationOf<typeof beegoNl> = {
  'nav.visits': 'Mes visites',

  'visits.title': 'Mes visites',
  'visits.intro':
    'Vos visites d’aujourd’hui et des prochains jours, avec tout ce qu’il faut pour vous y rendre.',
  'visits.overdue': 'Prévues plus tôt',
  'visits.today': 'Aujourd’hui',
  'visits.upcoming': 'Prochainement',
  'visits.count.one': '{count} visite',
  'visits.count.other': '{count} visites',
  'visits.at': 'à {time}',
  'visits.address': 'Adresse',
  'visits.phone': 'Téléphone',
  'visits.language': 'Langue',
  'visits.purpose': 'Objet',
  'visits.skillLevel': 'Compétences numériques',
  'visits.notKnown': 'Inconnu',
  'visits.openMap': 'Voir sur la carte',
  'visits.call': 'Appeler',
  'visits.interpreter': 'Interprète nécessaire',
  'visits.forClient': 'pour {name}',

  'purpose.installation': 'Installer l’ordinateur et premiers pas',
  'purpose.free': 'Aide au choix',
  'skill.none': 'Pas encore de compétences de base',
  'skill.basic': 'Compétences de base',
  'skill.independent': 'Autonome',
  'skill.unknown': 'Pas encore évalué',

  'visits.empty.title': 'Aucune visite prévue',
  'visits.empty.text':
    'Dès que le coordinateur vous attribue une visite, elle apparaît ici, avec l’adresse, le numéro de téléphone et ce pour quoi le client a besoin d’aide.',
};
