import type { Catalog } from './catalog.types';

/** English: machine-quality translation of the Dutch reference, not yet reviewed. */
export const en: Catalog = {
  meta: { language: 'en', name: 'English', reviewed: false },
  messages: {
    'common.questions': 'Questions? Call {phone}.',
    'common.questionsEmail': 'Questions? Call {phone} or e-mail {email}.',
    'common.questionsNoPhone': 'Questions? Ask your social worker.',
    'common.questionsEmailOnly': 'Questions? E-mail {email}.',
    'common.page': 'Page {page} of {pages}',

    'overview.title': 'Your digital package',
    'overview.greeting': 'Welcome, {name}!',
    'overview.intro':
      'This pack tells you all about your laptop and the help you will get. Keep it in a safe place.',
    'overview.laptop.title': 'Your laptop',
    'overview.laptop.text': 'You get a laptop. The receipt lists the agreements. Read them carefully.',
    'overview.homeHelp.title': 'Help at home',
    'overview.homeHelp.text':
      'A student comes to your home. He or she sets up the laptop and shows you how it works. Call {phone} to make an appointment.',
    'overview.homeHelp.textNoPhone':
      'A student comes to your home. He or she sets up the laptop and shows you how it works. Your social worker helps you make an appointment.',
    'overview.lessons.title': 'Group lessons',
    'overview.lessons.text':
      'In a small group you learn to work with the laptop. The first lesson is on {date}.',
    'overview.buddy.title': 'Your Digibuddy',
    'overview.buddy.text':
      '{name} is your Digibuddy: a volunteer who helps you with the laptop. You agree together when you meet.',
    'overview.buddy.phone': 'Call {name} on {phone}.',
    'overview.buddy.email': 'Send an e-mail to {email}.',
    'overview.buddy.noContact': 'Your social worker puts you in touch with each other.',
    'overview.helpNearby.title': 'Help near you',
    'overview.helpNearby.text':
      'Do you have a question later? Go to a Digipunt. They help you there for free.',

    'receipt.title': 'Laptop receipt',
    'receipt.intro': 'Today {client} receives a laptop from {organisation}.',
    'receipt.dutchNote': 'Next to each text you will also find the Dutch text, for the file.',
    'receipt.device.model': 'Model',
    'receipt.device.serial': 'Serial number',
    'receipt.device.date': 'Date',
    'receipt.agreements': 'Agreements',
    'receipt.ownership': 'From today the laptop is yours. You may not sell it or give it away.',
    'receipt.loan':
      'You borrow the laptop from {organisation}. The laptop stays the property of {organisation}. Give it back when we ask for it.',
    'receipt.loanReturnBy': 'Give the laptop back on {date} at the latest.',
    'receipt.care':
      'Take good care of the laptop. Keep it dry and clean. Only use the charger that comes with the laptop.',
    'receipt.password': 'Choose a password. Do not tell it to anyone.',
    'receipt.problem.title': 'A problem with the laptop?',
    'receipt.problem.text':
      'Do not open the laptop yourself and do not take it to a shop. Call {name} on {phone}.',
    'receipt.problem.textNoPhone':
      'Do not open the laptop yourself and do not take it to a shop. Tell your social worker.',
    'receipt.lost': 'Is the laptop lost or stolen? Tell your social worker straight away.',
    'receipt.appointments': 'Your appointments',
    'receipt.appointment.installation':
      'A student will come to your home to set up the laptop. Call {name} on {phone} to choose a day.',
    'receipt.appointment.installationNoPhone':
      'A student from {name} will come to your home to set up the laptop. Your social worker helps you choose a day.',
    'receipt.appointment.installationAt':
      'A student from {name} will set up the laptop at your home on {date}.',
    'receipt.appointment.firstLesson': 'Your first lesson is on {date} at {place}.',
    'receipt.appointment.socialWorker': 'You have a meeting with your social worker on {date}.',
    'receipt.declaration': 'I have received the laptop. I understand the agreements and I will follow them.',
    'receipt.signature.client': 'Signature of the client',
    'receipt.signature.socialWorker': 'Signature of the social worker',
    'receipt.signedAt': 'Signed on {date}',

    'cheque.title': 'Digicheque',
    'cheque.duration': '{duration} of help at home by an IT student',
    'cheque.purpose.installation':
      'Use this cheque first: the student sets up your laptop and explains the basics.',
    'cheque.purpose.free': 'Use this cheque whenever you need help.',
    'cheque.code': 'Your code',
    'cheque.validUntil': 'Valid until {date}',
    'cheque.howTo': 'Call {name} on {phone}. Give your code. Together you choose a day.',
    'cheque.howToNoPhone':
      'Your social worker tells you how to reach {name}. Give your code. Together you choose a day.',
    'cheque.student': 'Show this cheque to the student.',
    'cheque.number': 'Cheque {number} of {total}',
    'cheque.for': 'For: {name}',

    'lessons.title': 'Your lessons',
    'lessons.intro':
      'In a small group you learn to work with the laptop. The lessons are free. Come to every lesson.',
    'lessons.when': 'When?',
    'lessons.session': 'Lesson {number}: {date}, from {start} to {end}',
    'lessons.where': 'Where?',
    'lessons.directions': 'How to get there:',
    'lessons.bring': 'What do you bring?',
    'lessons.bring.laptop': 'Your laptop',
    'lessons.bring.charger': 'The charger of your laptop',
    'lessons.bring.eid': 'Your identity card and its PIN code, if you have them',
    'lessons.absent': 'Can you not come? Call {name} on {phone}.',
    'lessons.absentNoPhone': 'Can you not come? Tell your social worker.',
    'lessons.teacher': 'Your teacher: {name}',

    'help.title': 'Help near you: Digipunten',
    'help.intro':
      'At a Digipunt they help you for free with your computer, e-mail and websites. Check the opening hours.',
    'help.hours': 'Open',
    'help.languages': 'Languages',
    'help.phone': 'Phone',
    'help.distance': '{distance} from your home',
    'help.none': 'Ask your social worker where the nearest Digipunt is.',
    'help.titleArea': 'Digipunten in {area}',
    'help.areaNote':
      'We do not know your address. That is why these are Digipunten in {area}. Ask your social worker which Digipunt is close to your home.',
  },
};
