import type { Catalog } from './catalog.types';

/** French: machine-quality translation of the Dutch reference, not yet reviewed. */
export const fr: Catalog = {
  meta: { language: 'fr', name: 'Français', reviewed: false },
  messages: {
    'common.questions': 'Des questions ? Appelez le {phone}.',
    'common.questionsEmail': 'Des questions ? Appelez le {phone} ou écrivez à {email}.',
    'common.questionsNoPhone': 'Des questions ? Posez-les à votre assistant social.',
    'common.questionsEmailOnly': 'Des questions ? Écrivez à {email}.',
    'common.page': 'Page {page} sur {pages}',

    'overview.title': 'Votre pack numérique',
    'overview.greeting': 'Bienvenue, {name} !',
    'overview.intro':
      "Ce dossier explique tout sur votre ordinateur portable et sur l'aide que vous recevez. Gardez-le bien.",
    'overview.laptop.title': 'Votre ordinateur portable',
    'overview.laptop.text':
      'Vous recevez un ordinateur portable. Le reçu contient les accords. Lisez-les bien.',
    'overview.homeHelp.title': 'Aide à domicile',
    'overview.homeHelp.text':
      "Un étudiant vient chez vous. Il ou elle installe l'ordinateur et vous explique comment il marche. Appelez le {phone} pour un rendez-vous.",
    'overview.homeHelp.textNoPhone':
      "Un étudiant vient chez vous. Il ou elle installe l'ordinateur et vous explique comment il marche. Votre assistant social vous aide à prendre rendez-vous.",
    'overview.lessons.title': 'Cours en groupe',
    'overview.lessons.text':
      "En petit groupe, vous apprenez à utiliser l'ordinateur. Le premier cours a lieu le {date}.",
    'overview.buddy.title': 'Votre Digibuddy',
    'overview.buddy.text':
      "{name} est votre Digibuddy : un bénévole qui vous aide avec l'ordinateur. Vous fixez ensemble vos rendez-vous.",
    'overview.buddy.phone': 'Appelez {name} au {phone}.',
    'overview.buddy.email': 'Envoyez un e-mail à {email}.',
    'overview.buddy.noContact': 'Votre assistant social vous met en contact.',
    'overview.helpNearby.title': 'De l’aide près de chez vous',
    'overview.helpNearby.text':
      'Vous avez une question plus tard ? Allez dans un Digipunt. On vous y aide gratuitement.',

    'receipt.title': "Reçu de l'ordinateur portable",
    'receipt.intro': "Aujourd'hui, {client} reçoit un ordinateur portable de {organisation}.",
    'receipt.dutchNote': 'À côté de chaque texte se trouve aussi le texte en néerlandais, pour le dossier.',
    'receipt.device.model': 'Modèle',
    'receipt.device.serial': 'Numéro de série',
    'receipt.device.date': 'Date',
    'receipt.agreements': 'Accords',
    'receipt.ownership':
      "À partir d'aujourd'hui, l'ordinateur est à vous. Vous ne pouvez pas le vendre ni le donner.",
    'receipt.loan':
      "Vous empruntez l'ordinateur à {organisation}. L'ordinateur reste la propriété de {organisation}. Rendez-le quand nous le demandons.",
    'receipt.loanReturnBy': "Rendez l'ordinateur au plus tard le {date}.",
    'receipt.care':
      "Prenez soin de l'ordinateur. Gardez-le au sec et propre. Utilisez seulement le chargeur reçu avec l'ordinateur.",
    'receipt.password': 'Choisissez un mot de passe. Ne le dites à personne.',
    'receipt.problem.title': "Un problème avec l'ordinateur ?",
    'receipt.problem.text':
      "N'ouvrez pas l'ordinateur vous-même et ne l'apportez pas dans un magasin. Appelez {name} au {phone}.",
    'receipt.problem.textNoPhone':
      "N'ouvrez pas l'ordinateur vous-même et ne l'apportez pas dans un magasin. Dites-le à votre assistant social.",
    'receipt.lost': "L'ordinateur est perdu ou volé ? Dites-le tout de suite à votre assistant social.",
    'receipt.appointments': 'Vos rendez-vous',
    'receipt.appointment.installation':
      "Un étudiant vient installer l'ordinateur chez vous. Appelez {name} au {phone} pour choisir un jour.",
    'receipt.appointment.installationNoPhone':
      "Un étudiant de {name} vient installer l'ordinateur chez vous. Votre assistant social vous aide à choisir un jour.",
    'receipt.appointment.installationAt':
      "Un étudiant de {name} vient installer l'ordinateur chez vous le {date}.",
    'receipt.appointment.firstLesson': 'Votre premier cours a lieu le {date} à {place}.',
    'receipt.appointment.socialWorker': 'Vous avez un entretien avec votre assistant social le {date}.',
    'receipt.declaration': "J'ai reçu l'ordinateur. Je comprends les accords et je les respecte.",
    'receipt.signature.client': 'Signature du client',
    'receipt.signature.socialWorker': "Signature de l'assistant social",
    'receipt.signedAt': 'Signé le {date}',

    'cheque.title': 'Digichèque',
    'cheque.duration': "{duration} d'aide à domicile par un étudiant en informatique",
    'cheque.purpose.installation':
      "Utilisez ce chèque en premier : l'étudiant installe votre ordinateur et vous explique les bases.",
    'cheque.purpose.free': "Utilisez ce chèque quand vous avez besoin d'aide.",
    'cheque.code': 'Votre code',
    'cheque.validUntil': "Valable jusqu'au {date}",
    'cheque.howTo': 'Appelez {name} au {phone}. Donnez votre code. Ensemble, vous choisissez un jour.',
    'cheque.howToNoPhone':
      'Votre assistant social vous dit comment joindre {name}. Donnez votre code. Ensemble, vous choisissez un jour.',
    'cheque.student': "Montrez ce chèque à l'étudiant.",
    'cheque.number': 'Chèque {number} sur {total}',
    'cheque.for': 'Pour : {name}',

    'lessons.title': 'Vos cours',
    'lessons.intro':
      "En petit groupe, vous apprenez à utiliser l'ordinateur. Les cours sont gratuits. Venez à chaque cours.",
    'lessons.when': 'Quand ?',
    'lessons.session': 'Cours {number} : {date}, de {start} à {end}',
    'lessons.where': 'Où ?',
    'lessons.directions': 'Comment y aller :',
    'lessons.bring': 'Qu’apportez-vous ?',
    'lessons.bring.laptop': 'Votre ordinateur portable',
    'lessons.bring.charger': 'Le chargeur de votre ordinateur',
    'lessons.bring.eid': "Votre carte d'identité et son code PIN, si vous les avez",
    'lessons.absent': 'Vous ne pouvez pas venir ? Appelez {name} au {phone}.',
    'lessons.absentNoPhone': 'Vous ne pouvez pas venir ? Dites-le à votre assistant social.',
    'lessons.teacher': 'Votre formateur : {name}',

    'help.title': 'De l’aide près de chez vous : les Digipunten',
    'help.intro':
      "Dans un Digipunt, on vous aide gratuitement avec votre ordinateur, vos e-mails et les sites web. Regardez les heures d'ouverture.",
    'help.hours': 'Ouvert',
    'help.languages': 'Langues',
    'help.phone': 'Téléphone',
    'help.distance': 'À {distance} de chez vous',
    'help.none': 'Demandez à votre assistant social où se trouve le Digipunt le plus proche.',
    'help.titleArea': 'Les Digipunten à {area}',
    'help.areaNote':
      'Nous ne connaissons pas votre adresse. Voici donc des Digipunten à {area}. Demandez à votre assistant social quel Digipunt est près de chez vous.',
  },
};
