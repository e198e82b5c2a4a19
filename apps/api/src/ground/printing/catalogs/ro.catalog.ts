import type { Catalog } from './catalog.types';

/** Romanian: machine-quality translation of the Dutch reference, not yet reviewed. */
export const ro: Catalog = {
  meta: { language: 'ro', name: 'Română', reviewed: false },
  messages: {
    'common.questions': 'Aveți întrebări? Sunați la {phone}.',
    'common.questionsEmail': 'Aveți întrebări? Sunați la {phone} sau scrieți la {email}.',
    'common.questionsNoPhone': 'Aveți întrebări? Întrebați asistentul social.',
    'common.questionsEmailOnly': 'Aveți întrebări? Scrieți la {email}.',
    'common.page': 'Pagina {page} din {pages}',

    'overview.title': 'Pachetul dumneavoastră digital',
    'overview.greeting': 'Bun venit, {name}!',
    'overview.intro':
      'În acest pachet găsiți totul despre laptopul dumneavoastră și despre ajutorul pe care îl primiți. Păstrați-l bine.',
    'overview.laptop.title': 'Laptopul dumneavoastră',
    'overview.laptop.text':
      'Primiți un laptop. Înțelegerile sunt scrise pe dovada de primire. Citiți-le cu atenție.',
    'overview.homeHelp.title': 'Ajutor acasă',
    'overview.homeHelp.text':
      'Un student vine la dumneavoastră acasă. El sau ea instalează laptopul și vă explică cum funcționează. Sunați la {phone} pentru o programare.',
    'overview.homeHelp.textNoPhone':
      'Un student vine la dumneavoastră acasă. El sau ea instalează laptopul și vă explică cum funcționează. Asistentul social vă ajută să faceți o programare.',
    'overview.lessons.title': 'Lecții în grup',
    'overview.lessons.text': 'Într-un grup mic învățați să lucrați cu laptopul. Prima lecție este pe {date}.',
    'overview.buddy.title': 'Digibuddy-ul dumneavoastră',
    'overview.buddy.text':
      '{name} este Digibuddy-ul dumneavoastră: un voluntar care vă ajută cu laptopul. Stabiliți împreună întâlnirile.',
    'overview.buddy.phone': 'Sunați-l pe {name} la {phone}.',
    'overview.buddy.email': 'Trimiteți un e-mail la {email}.',
    'overview.buddy.noContact': 'Asistentul social vă pune în legătură.',
    'overview.helpNearby.title': 'Ajutor în apropiere',
    'overview.helpNearby.text':
      'Aveți mai târziu o întrebare? Mergeți la un Digipunt. Acolo vă ajută gratuit.',

    'receipt.title': 'Dovadă de primire a laptopului',
    'receipt.intro': 'Astăzi {client} primește un laptop de la {organisation}.',
    'receipt.dutchNote': 'Lângă fiecare text se află și textul în neerlandeză, pentru dosar.',
    'receipt.device.model': 'Model',
    'receipt.device.serial': 'Număr de serie',
    'receipt.device.date': 'Data',
    'receipt.agreements': 'Înțelegeri',
    'receipt.ownership':
      'De astăzi laptopul este al dumneavoastră. Nu aveți voie să-l vindeți sau să-l dați altcuiva.',
    'receipt.loan':
      'Împrumutați laptopul de la {organisation}. Laptopul rămâne proprietatea {organisation}. Dați-l înapoi când vi-l cerem.',
    'receipt.loanReturnBy': 'Dați laptopul înapoi cel târziu pe {date}.',
    'receipt.care':
      'Aveți grijă de laptop. Păstrați-l uscat și curat. Folosiți doar încărcătorul primit împreună cu laptopul.',
    'receipt.password': 'Alegeți o parolă. Nu o spuneți nimănui.',
    'receipt.problem.title': 'O problemă cu laptopul?',
    'receipt.problem.text':
      'Nu deschideți singur laptopul și nu-l duceți la un magazin. Sunați la {name}, la {phone}.',
    'receipt.problem.textNoPhone':
      'Nu deschideți singur laptopul și nu-l duceți la un magazin. Spuneți-i asistentului social.',
    'receipt.lost': 'Laptopul s-a pierdut sau a fost furat? Spuneți imediat asistentului social.',
    'receipt.appointments': 'Programările dumneavoastră',
    'receipt.appointment.installation':
      'Un student vine acasă la dumneavoastră să instaleze laptopul. Sunați la {name}, la {phone}, ca să alegeți o zi.',
    'receipt.appointment.installationNoPhone':
      'Un student de la {name} vine acasă la dumneavoastră să instaleze laptopul. Asistentul social vă ajută să alegeți o zi.',
    'receipt.appointment.installationAt':
      'Un student de la {name} vine să instaleze laptopul acasă la dumneavoastră pe {date}.',
    'receipt.appointment.firstLesson': 'Prima dumneavoastră lecție este pe {date}, la {place}.',
    'receipt.appointment.socialWorker': 'Aveți o discuție cu asistentul social pe {date}.',
    'receipt.declaration': 'Am primit laptopul. Înțeleg înțelegerile și le respect.',
    'receipt.signature.client': 'Semnătura clientului',
    'receipt.signature.socialWorker': 'Semnătura asistentului social',
    'receipt.signedAt': 'Semnat pe {date}',

    'cheque.title': 'Digicec',
    'cheque.duration': '{duration} de ajutor acasă de la un student la informatică',
    'cheque.purpose.installation':
      'Folosiți mai întâi acest cec: studentul vă instalează laptopul și vă explică lucrurile de bază.',
    'cheque.purpose.free': 'Folosiți acest cec când aveți nevoie de ajutor.',
    'cheque.code': 'Codul dumneavoastră',
    'cheque.validUntil': 'Valabil până pe {date}',
    'cheque.howTo': 'Sunați la {name}, la {phone}. Spuneți codul. Împreună alegeți o zi.',
    'cheque.howToNoPhone':
      'Asistentul social vă spune cum luați legătura cu {name}. Spuneți codul. Împreună alegeți o zi.',
    'cheque.student': 'Arătați acest cec studentului.',
    'cheque.number': 'Cecul {number} din {total}',
    'cheque.for': 'Pentru: {name}',

    'lessons.title': 'Lecțiile dumneavoastră',
    'lessons.intro':
      'Într-un grup mic învățați să lucrați cu laptopul. Lecțiile sunt gratuite. Veniți la fiecare lecție.',
    'lessons.when': 'Când?',
    'lessons.session': 'Lecția {number}: {date}, de la {start} până la {end}',
    'lessons.where': 'Unde?',
    'lessons.directions': 'Cum ajungeți:',
    'lessons.bring': 'Ce aduceți?',
    'lessons.bring.laptop': 'Laptopul dumneavoastră',
    'lessons.bring.charger': 'Încărcătorul laptopului',
    'lessons.bring.eid': 'Cartea de identitate și codul PIN, dacă le aveți',
    'lessons.absent': 'Nu puteți veni? Sunați la {name}, la {phone}.',
    'lessons.absentNoPhone': 'Nu puteți veni? Spuneți-i asistentului social.',
    'lessons.teacher': 'Profesorul dumneavoastră: {name}',

    'help.title': 'Ajutor în apropiere: Digipunten',
    'help.intro':
      'La un Digipunt sunteți ajutat gratuit cu calculatorul, e-mailul și site-urile. Uitați-vă la orele de deschidere.',
    'help.hours': 'Deschis',
    'help.languages': 'Limbi',
    'help.phone': 'Telefon',
    'help.distance': 'La {distance} de casa dumneavoastră',
    'help.none': 'Întrebați asistentul social unde este cel mai apropiat Digipunt.',
    'help.titleArea': 'Digipunten în {area}',
    'help.areaNote':
      'Nu vă cunoaștem adresa. De aceea, aici sunt Digipunten din {area}. Întrebați asistentul social care Digipunt este aproape de casa dumneavoastră.',
  },
};
