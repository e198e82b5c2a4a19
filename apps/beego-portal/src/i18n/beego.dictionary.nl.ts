/** The Beego portal's own texts; Dutch is the reference the translations are checked against. */
export const beegoNl = {
  'nav.visits': 'Mijn bezoeken',

  'visits.title': 'Mijn bezoeken',
  'visits.intro':
    'Je bezoeken van vandaag en de komende dagen, met alles wat je nodig hebt om erheen te gaan.',
  'visits.overdue': 'Eerder gepland',
  'visits.today': 'Vandaag',
  'visits.upcoming': 'Binnenkort',
  'visits.count.one': '{count} bezoek',
  'visits.count.other': '{count} bezoeken',
  'visits.at': 'om {time}',
  'visits.address': 'Adres',
  'visits.phone': 'Telefoon',
  'visits.language': 'Taal',
  'visits.purpose': 'Doel',
  'visits.skillLevel': 'Digitale vaardigheden',
  'visits.notKnown': 'Niet gekend',
  'visits.openMap': 'Toon op kaart',
  'visits.call': 'Bellen',
  'visits.interpreter': 'Tolk nodig',
  'visits.forClient': 'voor {name}',

  'purpose.installation': 'Laptop installeren en eerste stappen',
  'purpose.free': 'Hulp naar keuze',
  'skill.none': 'Nog geen basisvaardigheden',
  'skill.basic': 'Basisvaardigheden',
  'skill.independent': 'Zelfstandig',
  'skill.unknown': 'Nog niet ingeschat',

  'visits.empty.title': 'Geen bezoeken gepland',
  'visits.empty.text':
    'Zodra de coördinator je een bezoek toewijst, verschijnt het hier, met het adres, het telefoonnummer en waarmee de cliënt hulp nodig heeft.',
} as const;

export type BeegoKey = keyof typeof beegoNl;
