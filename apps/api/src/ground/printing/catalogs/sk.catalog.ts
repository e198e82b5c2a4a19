import type { Catalog } from './catalog.types';

/** Slovak: machine-quality translation of the Dutch reference, not yet reviewed. */
export const sk: Catalog = {
  meta: { language: 'sk', name: 'Slovenčina', reviewed: false },
  messages: {
    'common.questions': 'Máte otázky? Zavolajte na {phone}.',
    'common.questionsEmail': 'Máte otázky? Zavolajte na {phone} alebo napíšte na {email}.',
    'common.questionsNoPhone': 'Máte otázky? Opýtajte sa svojho sociálneho pracovníka.',
    'common.questionsEmailOnly': 'Máte otázky? Napíšte na {email}.',
    'common.page': 'Strana {page} z {pages}',

    'overview.title': 'Váš digitálny balík',
    'overview.greeting': 'Vitajte, {name}!',
    'overview.intro':
      'V tomto balíku nájdete všetko o svojom notebooku a o pomoci, ktorú dostanete. Dobre si ho uschovajte.',
    'overview.laptop.title': 'Váš notebook',
    'overview.laptop.text':
      'Dostávate notebook. Dohody sú napísané na potvrdení o prevzatí. Pozorne si ich prečítajte.',
    'overview.homeHelp.title': 'Pomoc doma',
    'overview.homeHelp.text':
      'K vám domov príde študent. Nastaví notebook a vysvetlí vám, ako funguje. Zavolajte na {phone} a dohodnite si termín.',
    'overview.homeHelp.textNoPhone':
      'K vám domov príde študent. Nastaví notebook a vysvetlí vám, ako funguje. Váš sociálny pracovník vám pomôže dohodnúť si termín.',
    'overview.lessons.title': 'Skupinové lekcie',
    'overview.lessons.text': 'V malej skupine sa naučíte pracovať s notebookom. Prvá lekcia je {date}.',
    'overview.buddy.title': 'Váš Digibuddy',
    'overview.buddy.text':
      '{name} je váš Digibuddy: dobrovoľník, ktorý vám pomáha s notebookom. Stretnutia si dohodnete spolu.',
    'overview.buddy.phone': 'Zavolajte {name} na {phone}.',
    'overview.buddy.email': 'Napíšte na {email}.',
    'overview.buddy.noContact': 'Váš sociálny pracovník vás spojí.',
    'overview.helpNearby.title': 'Pomoc v blízkosti',
    'overview.helpNearby.text': 'Máte neskôr otázku? Choďte do Digipuntu. Tam vám pomôžu zadarmo.',

    'receipt.title': 'Potvrdenie o prevzatí notebooku',
    'receipt.intro': '{client} dnes dostáva notebook od {organisation}.',
    'receipt.dutchNote': 'Vedľa každého textu je aj text v holandčine, pre spis.',
    'receipt.device.model': 'Model',
    'receipt.device.serial': 'Sériové číslo',
    'receipt.device.date': 'Dátum',
    'receipt.agreements': 'Dohody',
    'receipt.ownership': 'Od dnes je notebook váš. Nesmiete ho predať ani darovať.',
    'receipt.loan':
      'Notebook si požičiavate od {organisation}. Notebook zostáva majetkom {organisation}. Vráťte ho, keď vás o to požiadame.',
    'receipt.loanReturnBy': 'Vráťte notebook najneskôr {date}.',
    'receipt.care':
      'Starajte sa dobre o notebook. Udržujte ho suchý a čistý. Používajte len nabíjačku, ktorú ste dostali s notebookom.',
    'receipt.password': 'Vyberte si heslo. Nikomu ho nehovorte.',
    'receipt.problem.title': 'Problém s notebookom?',
    'receipt.problem.text': 'Notebook sami neotvárajte a nenoste ho do obchodu. Zavolajte {name} na {phone}.',
    'receipt.problem.textNoPhone':
      'Notebook sami neotvárajte a nenoste ho do obchodu. Povedzte to svojmu sociálnemu pracovníkovi.',
    'receipt.lost': 'Notebook sa stratil alebo ho ukradli? Hneď to povedzte svojmu sociálnemu pracovníkovi.',
    'receipt.appointments': 'Vaše termíny',
    'receipt.appointment.installation':
      'Študent príde k vám domov nainštalovať notebook. Zavolajte {name} na {phone} a vyberte si deň.',
    'receipt.appointment.installationNoPhone':
      'Študent z {name} príde k vám domov nainštalovať notebook. Váš sociálny pracovník vám pomôže vybrať si deň.',
    'receipt.appointment.installationAt': 'Študent z {name} vám nainštaluje notebook doma {date}.',
    'receipt.appointment.firstLesson': 'Vaša prvá lekcia je {date} v {place}.',
    'receipt.appointment.socialWorker': 'Máte stretnutie so sociálnym pracovníkom {date}.',
    'receipt.declaration': 'Notebook som dostal. Rozumiem dohodám a budem ich dodržiavať.',
    'receipt.signature.client': 'Podpis klienta',
    'receipt.signature.socialWorker': 'Podpis sociálneho pracovníka',
    'receipt.signedAt': 'Podpísané {date}',

    'cheque.title': 'Digišek',
    'cheque.duration': '{duration} pomoci doma od študenta informatiky',
    'cheque.purpose.installation':
      'Použite najprv tento šek: študent nainštaluje váš notebook a vysvetlí základy.',
    'cheque.purpose.free': 'Použite tento šek, keď potrebujete pomoc.',
    'cheque.code': 'Váš kód',
    'cheque.validUntil': 'Platí do {date}',
    'cheque.howTo': 'Zavolajte {name} na {phone}. Povedzte svoj kód. Spolu si vyberiete deň.',
    'cheque.howToNoPhone':
      'Váš sociálny pracovník vám povie, ako sa spojiť s {name}. Povedzte svoj kód. Spolu si vyberiete deň.',
    'cheque.student': 'Ukážte tento šek študentovi.',
    'cheque.number': 'Šek {number} z {total}',
    'cheque.for': 'Pre: {name}',

    'lessons.title': 'Vaše lekcie',
    'lessons.intro':
      'V malej skupine sa naučíte pracovať s notebookom. Lekcie sú zadarmo. Príďte na každú lekciu.',
    'lessons.when': 'Kedy?',
    'lessons.session': 'Lekcia {number}: {date}, od {start} do {end}',
    'lessons.where': 'Kde?',
    'lessons.directions': 'Ako sa tam dostanete:',
    'lessons.bring': 'Čo si prinesiete?',
    'lessons.bring.laptop': 'Svoj notebook',
    'lessons.bring.charger': 'Nabíjačku k notebooku',
    'lessons.bring.eid': 'Občiansky preukaz a PIN kód, ak ich máte',
    'lessons.absent': 'Nemôžete prísť? Zavolajte {name} na {phone}.',
    'lessons.absentNoPhone': 'Nemôžete prísť? Povedzte to svojmu sociálnemu pracovníkovi.',
    'lessons.teacher': 'Váš lektor: {name}',

    'help.title': 'Pomoc v blízkosti: Digipunten',
    'help.intro':
      'V Digipunte vám zadarmo pomôžu s počítačom, e-mailom a webovými stránkami. Pozrite si otváracie hodiny.',
    'help.hours': 'Otvorené',
    'help.languages': 'Jazyky',
    'help.phone': 'Telefón',
    'help.distance': '{distance} od vášho domova',
    'help.none': 'Opýtajte sa sociálneho pracovníka, kde je najbližší Digipunt.',
    'help.titleArea': 'Digipunten: {area}',
    'help.areaNote':
      'Nepoznáme vašu adresu. Preto sú tu Digipunten: {area}. Opýtajte sa sociálneho pracovníka, ktorý Digipunt je blízko vášho domova.',
  },
};
