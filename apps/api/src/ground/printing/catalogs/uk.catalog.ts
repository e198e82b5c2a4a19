import type { Catalog } from './catalog.types';

/** Ukrainian: machine-quality translation of the Dutch reference, not yet reviewed. */
export const uk: Catalog = {
  meta: { language: 'uk', name: 'Українська', reviewed: false },
  messages: {
    'common.questions': 'Маєте запитання? Телефонуйте {phone}.',
    'common.questionsEmail': 'Маєте запитання? Телефонуйте {phone} або пишіть на {email}.',
    'common.questionsNoPhone': 'Маєте запитання? Запитайте свого соціального працівника.',
    'common.questionsEmailOnly': 'Маєте запитання? Пишіть на {email}.',
    'common.page': 'Сторінка {page} з {pages}',

    'overview.title': 'Ваш цифровий пакет',
    'overview.greeting': 'Ласкаво просимо, {name}!',
    'overview.intro':
      'У цьому пакеті ви знайдете все про свій ноутбук і про допомогу, яку отримаєте. Зберігайте його.',
    'overview.laptop.title': 'Ваш ноутбук',
    'overview.laptop.text': 'Ви отримуєте ноутбук. Домовленості записані в розписці. Уважно прочитайте їх.',
    'overview.homeHelp.title': 'Допомога вдома',
    'overview.homeHelp.text':
      'До вас додому прийде студент. Він або вона налаштує ноутбук і пояснить, як він працює. Телефонуйте {phone}, щоб домовитися про зустріч.',
    'overview.homeHelp.textNoPhone':
      'До вас додому прийде студент. Він або вона налаштує ноутбук і пояснить, як він працює. Ваш соціальний працівник допоможе домовитися про зустріч.',
    'overview.lessons.title': 'Заняття в групі',
    'overview.lessons.text': 'У невеликій групі ви вчитеся працювати з ноутбуком. Перше заняття {date}.',
    'overview.buddy.title': 'Ваш Digibuddy',
    'overview.buddy.text':
      '{name} — ваш Digibuddy: волонтер, який допомагає вам з ноутбуком. Зустрічі ви домовляєтеся разом.',
    'overview.buddy.phone': 'Телефонуйте {name} за номером {phone}.',
    'overview.buddy.email': 'Пишіть на {email}.',
    'overview.buddy.noContact': 'Ваш соціальний працівник познайомить вас.',
    'overview.helpNearby.title': 'Допомога поруч',
    'overview.helpNearby.text': 'Маєте запитання пізніше? Ідіть до Digipunt. Там вам допоможуть безкоштовно.',

    'receipt.title': 'Розписка про отримання ноутбука',
    'receipt.intro': 'Сьогодні {client} отримує ноутбук від {organisation}.',
    'receipt.dutchNote': 'Поруч із кожним текстом є також текст нідерландською, для справи.',
    'receipt.device.model': 'Модель',
    'receipt.device.serial': 'Серійний номер',
    'receipt.device.date': 'Дата',
    'receipt.agreements': 'Домовленості',
    'receipt.ownership': 'Від сьогодні ноутбук ваш. Його не можна продавати або віддавати.',
    'receipt.loan':
      'Ви позичаєте ноутбук у {organisation}. Ноутбук залишається власністю {organisation}. Поверніть його, коли ми попросимо.',
    'receipt.loanReturnBy': 'Поверніть ноутбук не пізніше {date}.',
    'receipt.care':
      'Дбайте про ноутбук. Тримайте його сухим і чистим. Користуйтеся лише зарядним пристроєм, який ви отримали з ноутбуком.',
    'receipt.password': 'Виберіть пароль. Нікому його не кажіть.',
    'receipt.problem.title': 'Проблема з ноутбуком?',
    'receipt.problem.text':
      'Не відкривайте ноутбук самі й не несіть його в магазин. Телефонуйте {name}: {phone}.',
    'receipt.problem.textNoPhone':
      'Не відкривайте ноутбук самі й не несіть його в магазин. Повідомте свого соціального працівника.',
    'receipt.lost': 'Ноутбук загубився або його вкрали? Одразу скажіть своєму соціальному працівникові.',
    'receipt.appointments': 'Ваші зустрічі',
    'receipt.appointment.installation':
      'Студент прийде до вас додому, щоб налаштувати ноутбук. Телефонуйте {name}: {phone}, щоб вибрати день.',
    'receipt.appointment.installationNoPhone':
      'Студент від {name} прийде до вас додому, щоб налаштувати ноутбук. Ваш соціальний працівник допоможе вибрати день.',
    'receipt.appointment.installationAt': 'Студент від {name} налаштує ноутбук у вас удома {date}.',
    'receipt.appointment.firstLesson': 'Ваше перше заняття {date}, місце: {place}.',
    'receipt.appointment.socialWorker': 'У вас зустріч із соціальним працівником {date}.',
    'receipt.declaration': 'Я отримав(-ла) ноутбук. Я розумію домовленості й виконуватиму їх.',
    'receipt.signature.client': 'Підпис клієнта',
    'receipt.signature.socialWorker': 'Підпис соціального працівника',
    'receipt.signedAt': 'Підписано {date}',

    'cheque.title': 'Дигічек',
    'cheque.duration': '{duration} допомоги вдома від студента-інформатика',
    'cheque.purpose.installation':
      'Спочатку використайте цей чек: студент налаштує ноутбук і пояснить основи.',
    'cheque.purpose.free': 'Використайте цей чек, коли вам потрібна допомога.',
    'cheque.code': 'Ваш код',
    'cheque.validUntil': 'Дійсний до {date}',
    'cheque.howTo': 'Телефонуйте {name}: {phone}. Назвіть свій код. Разом ви виберете день.',
    'cheque.howToNoPhone':
      'Ваш соціальний працівник скаже, як зв’язатися з {name}. Назвіть свій код. Разом ви виберете день.',
    'cheque.student': 'Покажіть цей чек студентові.',
    'cheque.number': 'Чек {number} з {total}',
    'cheque.for': 'Для: {name}',

    'lessons.title': 'Ваші заняття',
    'lessons.intro':
      'У невеликій групі ви вчитеся працювати з ноутбуком. Заняття безкоштовні. Приходьте на кожне заняття.',
    'lessons.when': 'Коли?',
    'lessons.session': 'Заняття {number}: {date}, з {start} до {end}',
    'lessons.where': 'Де?',
    'lessons.directions': 'Як дістатися:',
    'lessons.bring': 'Що взяти з собою?',
    'lessons.bring.laptop': 'Свій ноутбук',
    'lessons.bring.charger': 'Зарядний пристрій ноутбука',
    'lessons.bring.eid': 'Посвідчення особи та PIN-код, якщо вони у вас є',
    'lessons.absent': 'Не можете прийти? Телефонуйте {name}: {phone}.',
    'lessons.absentNoPhone': 'Не можете прийти? Повідомте свого соціального працівника.',
    'lessons.teacher': 'Ваш викладач: {name}',

    'help.title': 'Допомога поруч: Digipunten',
    'help.intro':
      'У Digipunt вам безкоштовно допоможуть з комп’ютером, електронною поштою та сайтами. Перегляньте години роботи.',
    'help.hours': 'Відчинено',
    'help.languages': 'Мови',
    'help.phone': 'Телефон',
    'help.distance': '{distance} від вашого дому',
    'help.none': 'Запитайте свого соціального працівника, де найближчий Digipunt.',
    'help.titleArea': 'Digipunten: {area}',
    'help.areaNote':
      'Ми не знаємо вашої адреси. Тому тут указано Digipunten: {area}. Запитайте свого соціального працівника, який Digipunt є поруч із вашим домом.',
  },
};
