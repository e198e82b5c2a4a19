import type { Catalog } from './catalog.types';

/** Polish: machine-quality translation of the Dutch reference, not yet reviewed. */
export const pl: Catalog = {
  meta: { language: 'pl', name: 'Polski', reviewed: false },
  messages: {
    'common.questions': 'Pytania? Zadzwoń pod numer {phone}.',
    'common.questionsEmail': 'Pytania? Zadzwoń pod numer {phone} lub napisz na {email}.',
    'common.questionsNoPhone': 'Pytania? Zapytaj swojego pracownika socjalnego.',
    'common.questionsEmailOnly': 'Pytania? Napisz na {email}.',
    'common.page': 'Strona {page} z {pages}',

    'overview.title': 'Twój pakiet cyfrowy',
    'overview.greeting': 'Witamy, {name}!',
    'overview.intro':
      'W tym pakiecie znajdziesz wszystko o swoim laptopie i o pomocy, którą otrzymasz. Przechowuj go starannie.',
    'overview.laptop.title': 'Twój laptop',
    'overview.laptop.text':
      'Otrzymujesz laptop. Ustalenia są zapisane w potwierdzeniu odbioru. Przeczytaj je uważnie.',
    'overview.homeHelp.title': 'Pomoc w domu',
    'overview.homeHelp.text':
      'Student przyjdzie do Twojego domu. Skonfiguruje laptop i wyjaśni, jak działa. Zadzwoń pod numer {phone}, aby umówić wizytę.',
    'overview.homeHelp.textNoPhone':
      'Student przyjdzie do Twojego domu. Skonfiguruje laptop i wyjaśni, jak działa. Twój pracownik socjalny pomoże Ci umówić wizytę.',
    'overview.lessons.title': 'Zajęcia w grupie',
    'overview.lessons.text': 'W małej grupie uczysz się pracy z laptopem. Pierwsze zajęcia są {date}.',
    'overview.buddy.title': 'Twój Digibuddy',
    'overview.buddy.text':
      '{name} to Twój Digibuddy: wolontariusz, który pomaga Ci z laptopem. Razem ustalacie spotkania.',
    'overview.buddy.phone': 'Zadzwoń do {name}: {phone}.',
    'overview.buddy.email': 'Napisz na {email}.',
    'overview.buddy.noContact': 'Twój pracownik socjalny skontaktuje Was ze sobą.',
    'overview.helpNearby.title': 'Pomoc w pobliżu',
    'overview.helpNearby.text': 'Masz później pytanie? Idź do Digipuntu. Tam pomogą Ci za darmo.',

    'receipt.title': 'Potwierdzenie odbioru laptopa',
    'receipt.intro': '{client} otrzymuje dziś laptop od {organisation}.',
    'receipt.dutchNote': 'Obok każdego tekstu znajduje się też tekst po niderlandzku, do akt.',
    'receipt.device.model': 'Model',
    'receipt.device.serial': 'Numer seryjny',
    'receipt.device.date': 'Data',
    'receipt.agreements': 'Ustalenia',
    'receipt.ownership': 'Od dziś laptop należy do Ciebie. Nie wolno go sprzedawać ani oddawać.',
    'receipt.loan':
      'Wypożyczasz laptop od {organisation}. Laptop pozostaje własnością {organisation}. Oddaj go, gdy o to poprosimy.',
    'receipt.loanReturnBy': 'Oddaj laptop najpóźniej {date}.',
    'receipt.care':
      'Dbaj o laptop. Trzymaj go w suchym i czystym miejscu. Używaj tylko ładowarki, którą dostałeś z laptopem.',
    'receipt.password': 'Wybierz hasło. Nie mów go nikomu.',
    'receipt.problem.title': 'Problem z laptopem?',
    'receipt.problem.text':
      'Nie otwieraj laptopa sam i nie zanoś go do sklepu. Zadzwoń do {name} pod numer {phone}.',
    'receipt.problem.textNoPhone':
      'Nie otwieraj laptopa sam i nie zanoś go do sklepu. Powiedz o tym swojemu pracownikowi socjalnemu.',
    'receipt.lost': 'Laptop zgubiony lub skradziony? Powiedz od razu swojemu pracownikowi socjalnemu.',
    'receipt.appointments': 'Twoje spotkania',
    'receipt.appointment.installation':
      'Student przyjdzie do Twojego domu, aby zainstalować laptop. Zadzwoń do {name} pod numer {phone}, aby wybrać dzień.',
    'receipt.appointment.installationNoPhone':
      'Student z {name} przyjdzie do Twojego domu, aby zainstalować laptop. Twój pracownik socjalny pomoże Ci wybrać dzień.',
    'receipt.appointment.installationAt': 'Student z {name} zainstaluje laptop w Twoim domu {date}.',
    'receipt.appointment.firstLesson': 'Twoje pierwsze zajęcia są {date} w {place}.',
    'receipt.appointment.socialWorker': 'Masz spotkanie ze swoim pracownikiem socjalnym {date}.',
    'receipt.declaration': 'Otrzymałem laptop. Rozumiem ustalenia i będę ich przestrzegać.',
    'receipt.signature.client': 'Podpis klienta',
    'receipt.signature.socialWorker': 'Podpis pracownika socjalnego',
    'receipt.signedAt': 'Podpisano {date}',

    'cheque.title': 'Digiczek',
    'cheque.duration': '{duration} pomocy w domu od studenta informatyki',
    'cheque.purpose.installation': 'Użyj najpierw tego czeku: student zainstaluje laptop i wyjaśni podstawy.',
    'cheque.purpose.free': 'Użyj tego czeku, kiedy potrzebujesz pomocy.',
    'cheque.code': 'Twój kod',
    'cheque.validUntil': 'Ważny do {date}',
    'cheque.howTo': 'Zadzwoń do {name} pod numer {phone}. Podaj swój kod. Razem wybierzecie dzień.',
    'cheque.howToNoPhone':
      'Twój pracownik socjalny powie Ci, jak skontaktować się z {name}. Podaj swój kod. Razem wybierzecie dzień.',
    'cheque.student': 'Pokaż ten czek studentowi.',
    'cheque.number': 'Czek {number} z {total}',
    'cheque.for': 'Dla: {name}',

    'lessons.title': 'Twoje zajęcia',
    'lessons.intro':
      'W małej grupie uczysz się pracy z laptopem. Zajęcia są bezpłatne. Przychodź na każde zajęcia.',
    'lessons.when': 'Kiedy?',
    'lessons.session': 'Zajęcia {number}: {date}, od {start} do {end}',
    'lessons.where': 'Gdzie?',
    'lessons.directions': 'Jak dojechać:',
    'lessons.bring': 'Co zabrać?',
    'lessons.bring.laptop': 'Swój laptop',
    'lessons.bring.charger': 'Ładowarkę do laptopa',
    'lessons.bring.eid': 'Dowód osobisty i kod PIN, jeśli je masz',
    'lessons.absent': 'Nie możesz przyjść? Zadzwoń do {name} pod numer {phone}.',
    'lessons.absentNoPhone': 'Nie możesz przyjść? Powiedz o tym swojemu pracownikowi socjalnemu.',
    'lessons.teacher': 'Twój nauczyciel: {name}',

    'help.title': 'Pomoc w pobliżu: Digipunten',
    'help.intro':
      'W Digipuncie pomogą Ci za darmo z komputerem, e-mailem i stronami internetowymi. Sprawdź godziny otwarcia.',
    'help.hours': 'Otwarte',
    'help.languages': 'Języki',
    'help.phone': 'Telefon',
    'help.distance': '{distance} od Twojego domu',
    'help.none': 'Zapytaj swojego pracownika socjalnego, gdzie jest najbliższy Digipunt.',
    'help.titleArea': 'Digipunten w: {area}',
    'help.areaNote':
      'Nie znamy Twojego adresu. Dlatego podajemy Digipunten w: {area}. Zapytaj swojego pracownika socjalnego, który Digipunt jest blisko Twojego domu.',
  },
};
