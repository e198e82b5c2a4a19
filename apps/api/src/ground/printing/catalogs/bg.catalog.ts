import type { Catalog } from './catalog.types';

/** Bulgarian: machine-quality translation of the Dutch reference, not yet reviewed. */
export const bg: Catalog = {
  meta: { language: 'bg', name: 'Български', reviewed: false },
  messages: {
    'common.questions': 'Въпроси? Обадете се на {phone}.',
    'common.questionsEmail': 'Въпроси? Обадете се на {phone} или пишете на {email}.',
    'common.questionsNoPhone': 'Въпроси? Попитайте вашия социален работник.',
    'common.questionsEmailOnly': 'Въпроси? Пишете на {email}.',
    'common.page': 'Страница {page} от {pages}',

    'overview.title': 'Вашият дигитален пакет',
    'overview.greeting': 'Добре дошли, {name}!',
    'overview.intro':
      'В този пакет ще намерите всичко за вашия лаптоп и за помощта, която ще получите. Пазете го добре.',
    'overview.laptop.title': 'Вашият лаптоп',
    'overview.laptop.text':
      'Получавате лаптоп. Договорките са записани в разписката. Прочетете ги внимателно.',
    'overview.homeHelp.title': 'Помощ у дома',
    'overview.homeHelp.text':
      'Студент идва у вас. Той или тя настройва лаптопа и ви обяснява как работи. Обадете се на {phone}, за да си уговорите час.',
    'overview.homeHelp.textNoPhone':
      'Студент идва у вас. Той или тя настройва лаптопа и ви обяснява как работи. Вашият социален работник ще ви помогне да си уговорите час.',
    'overview.lessons.title': 'Уроци в група',
    'overview.lessons.text': 'В малка група се учите да работите с лаптопа. Първият урок е на {date}.',
    'overview.buddy.title': 'Вашият Digibuddy',
    'overview.buddy.text':
      '{name} е вашият Digibuddy: доброволец, който ви помага с лаптопа. Договаряте срещите заедно.',
    'overview.buddy.phone': 'Обадете се на {name} на {phone}.',
    'overview.buddy.email': 'Пишете на {email}.',
    'overview.buddy.noContact': 'Вашият социален работник ще ви свърже.',
    'overview.helpNearby.title': 'Помощ наблизо',
    'overview.helpNearby.text': 'Имате въпрос по-късно? Отидете в Digipunt. Там ще ви помогнат безплатно.',

    'receipt.title': 'Разписка за получаване на лаптоп',
    'receipt.intro': 'Днес {client} получава лаптоп от {organisation}.',
    'receipt.dutchNote': 'До всеки текст има и текст на нидерландски, за досието.',
    'receipt.device.model': 'Модел',
    'receipt.device.serial': 'Сериен номер',
    'receipt.device.date': 'Дата',
    'receipt.agreements': 'Договорки',
    'receipt.ownership': 'От днес лаптопът е ваш. Не можете да го продавате или да го давате на други.',
    'receipt.loan':
      'Вие взимате лаптопа назаем от {organisation}. Лаптопът остава собственост на {organisation}. Върнете го, когато ви помолим.',
    'receipt.loanReturnBy': 'Върнете лаптопа най-късно на {date}.',
    'receipt.care':
      'Грижете се добре за лаптопа. Пазете го сух и чист. Използвайте само зарядното, което сте получили с лаптопа.',
    'receipt.password': 'Изберете парола. Не я казвайте на никого.',
    'receipt.problem.title': 'Проблем с лаптопа?',
    'receipt.problem.text':
      'Не отваряйте лаптопа сами и не го носете в магазин. Обадете се на {name} на {phone}.',
    'receipt.problem.textNoPhone':
      'Не отваряйте лаптопа сами и не го носете в магазин. Кажете на вашия социален работник.',
    'receipt.lost': 'Лаптопът е изгубен или откраднат? Кажете веднага на вашия социален работник.',
    'receipt.appointments': 'Вашите срещи',
    'receipt.appointment.installation':
      'Студент ще дойде у вас, за да настрои лаптопа. Обадете се на {name} на {phone}, за да изберете ден.',
    'receipt.appointment.installationNoPhone':
      'Студент от {name} ще дойде у вас, за да настрои лаптопа. Вашият социален работник ще ви помогне да изберете ден.',
    'receipt.appointment.installationAt': 'Студент от {name} ще настрои лаптопа у вас на {date}.',
    'receipt.appointment.firstLesson': 'Първият ви урок е на {date} в {place}.',
    'receipt.appointment.socialWorker': 'Имате среща със социалния си работник на {date}.',
    'receipt.declaration': 'Получих лаптопа. Разбирам договорките и ще ги спазвам.',
    'receipt.signature.client': 'Подпис на клиента',
    'receipt.signature.socialWorker': 'Подпис на социалния работник',
    'receipt.signedAt': 'Подписано на {date}',

    'cheque.title': 'Дигичек',
    'cheque.duration': '{duration} помощ у дома от студент по информатика',
    'cheque.purpose.installation':
      'Използвайте първо този чек: студентът настройва лаптопа и обяснява основните неща.',
    'cheque.purpose.free': 'Използвайте този чек, когато имате нужда от помощ.',
    'cheque.code': 'Вашият код',
    'cheque.validUntil': 'Валиден до {date}',
    'cheque.howTo': 'Обадете се на {name} на {phone}. Кажете кода си. Заедно избирате ден.',
    'cheque.howToNoPhone':
      'Вашият социален работник ще ви каже как да се свържете с {name}. Кажете кода си. Заедно избирате ден.',
    'cheque.student': 'Покажете този чек на студента.',
    'cheque.number': 'Чек {number} от {total}',
    'cheque.for': 'За: {name}',

    'lessons.title': 'Вашите уроци',
    'lessons.intro':
      'В малка група се учите да работите с лаптопа. Уроците са безплатни. Идвайте на всеки урок.',
    'lessons.when': 'Кога?',
    'lessons.session': 'Урок {number}: {date}, от {start} до {end}',
    'lessons.where': 'Къде?',
    'lessons.directions': 'Как да стигнете:',
    'lessons.bring': 'Какво да носите?',
    'lessons.bring.laptop': 'Вашия лаптоп',
    'lessons.bring.charger': 'Зарядното на лаптопа',
    'lessons.bring.eid': 'Личната си карта и ПИН кода, ако ги имате',
    'lessons.absent': 'Не можете да дойдете? Обадете се на {name} на {phone}.',
    'lessons.absentNoPhone': 'Не можете да дойдете? Кажете на вашия социален работник.',
    'lessons.teacher': 'Вашият преподавател: {name}',

    'help.title': 'Помощ наблизо: Digipunten',
    'help.intro':
      'В Digipunt ви помагат безплатно с компютъра, имейла и уебсайтовете. Вижте работното време.',
    'help.hours': 'Отворено',
    'help.languages': 'Езици',
    'help.phone': 'Телефон',
    'help.distance': 'На {distance} от дома ви',
    'help.none': 'Попитайте социалния си работник къде е най-близкият Digipunt.',
    'help.titleArea': 'Digipunten в {area}',
    'help.areaNote':
      'Не знаем адреса ви. Затова тук са Digipunten в {area}. Попитайте социалния си работник кой Digipunt е близо до дома ви.',
  },
};
