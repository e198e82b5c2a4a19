import type { TranslationOf } from '@digipakket/portal-kit';
import type { ligoNl } from './ligo.dictionary.nl';

export const ligoEn: TranslationOf<typeof ligoNl> = {
  'nav.sessions': 'My lessons',

  'sessions.title': 'My lessons',
  'sessions.intro': 'The lessons you teach, today and in the coming weeks.',
  'sessions.list': 'Lessons',
  'sessions.today': 'Today',
  'sessions.time': '{start} to {end}',
  'sessions.group': 'Group',
  'sessions.location': 'Location',
  'sessions.noLocation': 'Location not decided yet',
  'sessions.enrolled.one': '{count} learner enrolled',
  'sessions.enrolled.other': '{count} learners enrolled',

  'sessions.empty.title': 'No lessons planned',
  'sessions.empty.text':
    'As soon as the coordinator assigns you a group, you will see here when and where you teach and how many learners come.',
};
