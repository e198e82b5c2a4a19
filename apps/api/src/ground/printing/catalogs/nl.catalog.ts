/** Dutch, the reference catalog: clear language (A2-B1), reviewed. Every other catalog has exactly these keys and placeholders. */
export const nl = {
  meta: { language: 'nl', name: 'Nederlands', reviewed: true },
  messages: {
    'common.questions': 'Vragen? Bel {phone}.',
    'common.questionsEmail': 'Vragen? Bel {phone} of mail naar {email}.',
    'common.questionsNoPhone': 'Vragen? Stel ze aan uw maatschappelijk werker.',
    'common.questionsEmailOnly': 'Vragen? Mail naar {email}.',
    'common.page': 'Pagina {page} van {pages}',

    'overview.title': 'Uw digitaal pakket',
    'overview.greeting': 'Welkom, {name}!',
    'overview.intro':
      'In dit pakket vindt u alles over uw laptop en over de hulp die u krijgt. Bewaar het goed.',
    'overview.laptop.title': 'Uw laptop',
    'overview.laptop.text': 'U krijgt een laptop. Op het ontvangstbewijs staan de afspraken. Lees ze goed.',
    'overview.homeHelp.title': 'Hulp aan huis',
    'overview.homeHelp.text':
      'Een student komt bij u thuis. Hij of zij installeert de laptop en legt uit hoe hij werkt. Bel {phone} voor een afspraak.',
    'overview.homeHelp.textNoPhone':
      'Een student komt bij u thuis. Hij of zij installeert de laptop en legt uit hoe hij werkt. Uw maatschappelijk werker helpt u een afspraak te maken.',
    'overview.lessons.title': 'Lessen in groep',
    'overview.lessons.text': 'In een kleine groep leert u werken met de laptop. De eerste les is op {date}.',
    'overview.buddy.title': 'Uw Digibuddy',
    'overview.buddy.text':
      '{name} is uw Digibuddy: een vrijwilliger die u helpt met de laptop. U spreekt samen af.',
    'overview.buddy.phone': 'Bel {name} op {phone}.',
    'overview.buddy.email': 'Mail naar {email}.',
    'overview.buddy.noContact': 'Uw maatschappelijk werker brengt u met elkaar in contact.',
    'overview.helpNearby.title': 'Hulp in de buurt',
    'overview.helpNearby.text': 'Heeft u later een vraag? Ga naar een Digipunt. Daar helpt men u gratis.',

    'receipt.title': 'Ontvangstbewijs van de laptop',
    'receipt.intro': '{client} krijgt vandaag een laptop van {organisation}.',
    'receipt.dutchNote': 'Naast elke tekst staat ook de Nederlandse tekst, voor het dossier.',
    'receipt.device.model': 'Model',
    'receipt.device.serial': 'Serienummer',
    'receipt.device.date': 'Datum',
    'receipt.agreements': 'Afspraken',
    'receipt.ownership': 'De laptop is vanaf vandaag van u. U mag hem niet verkopen of weggeven.',
    'receipt.loan':
      'U leent de laptop van {organisation}. De laptop blijft van {organisation}. Geef hem terug als wij daarom vragen.',
    'receipt.loanReturnBy': 'Geef de laptop ten laatste terug op {date}.',
    'receipt.care':
      'Zorg goed voor de laptop. Houd hem droog en proper. Gebruik alleen de lader die u bij de laptop krijgt.',
    'receipt.password': 'Kies een wachtwoord. Zeg het aan niemand.',
    'receipt.problem.title': 'Een probleem met de laptop?',
    'receipt.problem.text':
      'Open de laptop niet zelf en breng hem niet naar een winkel. Bel {name} op {phone}.',
    'receipt.problem.textNoPhone':
      'Open de laptop niet zelf en breng hem niet naar een winkel. Zeg het aan uw maatschappelijk werker.',
    'receipt.lost': 'Is de laptop kwijt of gestolen? Zeg het meteen aan uw maatschappelijk werker.',
    'receipt.appointments': 'Uw afspraken',
    'receipt.appointment.installation':
      'Een student komt de laptop bij u thuis installeren. Bel {name} op {phone} om een dag te kiezen.',
    'receipt.appointment.installationNoPhone':
      'Een student van {name} komt de laptop bij u thuis installeren. Uw maatschappelijk werker helpt u een dag te kiezen.',
    'receipt.appointment.installationAt':
      'Een student van {name} komt de laptop bij u thuis installeren op {date}.',
    'receipt.appointment.firstLesson': 'Uw eerste les is op {date} in {place}.',
    'receipt.appointment.socialWorker': 'U heeft een gesprek met uw maatschappelijk werker op {date}.',
    'receipt.declaration': 'Ik heb de laptop gekregen. Ik begrijp de afspraken en ik volg ze.',
    'receipt.signature.client': 'Handtekening van de cliënt',
    'receipt.signature.socialWorker': 'Handtekening van de maatschappelijk werker',
    'receipt.signedAt': 'Getekend op {date}',

    'cheque.title': 'Digicheque',
    'cheque.duration': '{duration} hulp aan huis door een ICT-student',
    'cheque.purpose.installation':
      'Gebruik deze cheque eerst: de student installeert uw laptop en legt de basis uit.',
    'cheque.purpose.free': 'Gebruik deze cheque wanneer u hulp nodig heeft.',
    'cheque.code': 'Uw code',
    'cheque.validUntil': 'Geldig tot {date}',
    'cheque.howTo': 'Bel {name} op {phone}. Zeg uw code. Samen kiest u een dag.',
    'cheque.howToNoPhone':
      'Uw maatschappelijk werker zegt u hoe u {name} bereikt. Zeg uw code. Samen kiest u een dag.',
    'cheque.student': 'Toon deze cheque aan de student.',
    'cheque.number': 'Cheque {number} van {total}',
    'cheque.for': 'Voor: {name}',

    'lessons.title': 'Uw lessen',
    'lessons.intro':
      'U leert in een kleine groep werken met de laptop. De lessen zijn gratis. Kom naar elke les.',
    'lessons.when': 'Wanneer?',
    'lessons.session': 'Les {number}: {date}, van {start} tot {end}',
    'lessons.where': 'Waar?',
    'lessons.directions': 'Zo komt u er:',
    'lessons.bring': 'Wat neemt u mee?',
    'lessons.bring.laptop': 'Uw laptop',
    'lessons.bring.charger': 'De lader van uw laptop',
    'lessons.bring.eid': 'Uw identiteitskaart en de pincode, als u die heeft',
    'lessons.absent': 'Kunt u niet komen? Bel {name} op {phone}.',
    'lessons.absentNoPhone': 'Kunt u niet komen? Zeg het aan uw maatschappelijk werker.',
    'lessons.teacher': 'Uw lesgever: {name}',

    'help.title': 'Hulp in de buurt: Digipunten',
    'help.intro':
      'In een Digipunt helpt men u gratis met uw computer, e-mail en websites. Kijk naar de openingsuren.',
    'help.hours': 'Open',
    'help.languages': 'Talen',
    'help.phone': 'Telefoon',
    'help.distance': 'Op {distance} van uw huis',
    'help.none': 'Vraag uw maatschappelijk werker waar het dichtstbijzijnde Digipunt is.',
    'help.titleArea': 'Digipunten in {area}',
    'help.areaNote':
      'Wij kennen uw adres niet. Daarom staan hier Digipunten in {area}. Vraag uw maatschappelijk werker welk Digipunt dicht bij uw huis is.',
  },
} as const;
