import type { TranslationOf } from '@digipakket/portal-kit';
import type { beegoNl } from './beego.dictionary.nl';

export const beegoEn: TranslationOf<typeof beegoNl> = {
  'nav.visits': 'My visits',

  'visits.title': 'My visits',
  'visits.intro': 'Your visits today and in the coming days, with everything you need to get there.',
  'visits.overdue': 'Planned earlier',
  'visits.today': 'Today',
  'visits.upcoming': 'Coming up',
  'visits.count.one': '{count} visit',
  'visits.count.other': '{count} visits',
  'visits.at': 'at {time}',
  'visits.address': 'Address',
  'visits.phone': 'Phone',
  'visits.language': 'Language',
  'visits.purpose': 'Purpose',
  'visits.skillLevel': 'Digital skills',
  'visits.notKnown': 'Not known',
  'visits.openMap': 'Show on map',
  'visits.call': 'Call',
  'visits.interpreter': 'Interpreter needed',
  'visits.forClient': 'for {name}',

  'purpose.installation': 'Set up the laptop and first steps',
  'purpose.free': 'Help of their choice',
  'skill.none': 'No basic skills yet',
  'skill.basic': 'Basic skills',
  'skill.independent': 'Independent',
  'skill.unknown': 'Not assessed yet',

  'visits.empty.title': 'No visits planned',
  'visits.empty.text':
    'As soon as the coordinator assigns you a visit, it appears here, with the address, the phone number and what the client needs help with.',
};
