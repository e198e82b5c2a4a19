/** The Ligo portal's own texts; Dutch is the reference the translations are checked against. */
export const ligoNl = {
  'nav.sessions': 'Mijn lessen',

  'sessions.title': 'Mijn lessen',
  'sessions.intro': 'De lessen die je geeft, vandaag en in de komende weken.',
  'sessions.list': 'Lessen',
  'sessions.today': 'Vandaag',
  'sessions.time': '{start} tot {end}',
  'sessions.group': 'Groep',
  'sessions.location': 'Locatie',
  'sessions.noLocation': 'Locatie nog niet bepaald',
  'sessions.enrolled.one': '{count} cursist ingeschreven',
  'sessions.enrolled.other': '{count} cursisten ingeschreven',

  'sessions.empty.title': 'Geen lessen gepland',
  'sessions.empty.text':
    'Zodra de coördinator je een groep toewijst, zie je hier wanneer en waar je lesgeeft en hoeveel cursisten er komen.',
} as const;

export type LigoKey = keyof typeof ligoNl;
