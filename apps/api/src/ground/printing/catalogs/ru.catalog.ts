import type { Catalog } from './catalog.types';

/** Russian: machine-quality translation of the Dutch reference, not yet reviewed. */
export const ru: Catalog = {
  meta: { language: 'ru', name: 'Русский', reviewed: false },
  messages: {
    'common.questions': 'Есть вопросы? Звоните {phone}.',
    'common.questionsEmail': 'Есть вопросы? Звоните {phone} или пишите на {email}.',
    'common.questionsNoPhone': 'Есть вопросы? Спросите своего социального работника.',
    'common.questionsEmailOnly': 'Есть вопросы? Пишите на {email}.',
    'common.page': 'Страница {page} из {pages}',

    'overview.title': 'Ваш цифровой пакет',
    'overview.greeting': 'Добро пожаловать, {name}!',
    'overview.intro':
      'В этом пакете вы найдёте всё о своём ноутбуке и о помощи, которую получите. Храните его.',
    'overview.laptop.title': 'Ваш ноутбук',
    'overview.laptop.text':
      'Вы получаете ноутбук. Договорённости записаны в расписке. Внимательно прочитайте их.',
    'overview.homeHelp.title': 'Помощь на дому',
    'overview.homeHelp.text':
      'К вам домой придёт студент. Он или она настроит ноутбук и объяснит, как он работает. Звоните {phone}, чтобы договориться о встрече.',
    'overview.homeHelp.textNoPhone':
      'К вам домой придёт студент. Он или она настроит ноутбук и объяснит, как он работает. Ваш социальный работник поможет договориться о встрече.',
    'overview.lessons.title': 'Занятия в группе',
    'overview.lessons.text': 'В небольшой группе вы учитесь работать с ноутбуком. Первое занятие {date}.',
    'overview.buddy.title': 'Ваш Digibuddy',
    'overview.buddy.text':
      '{name} — ваш Digibuddy: волонтёр, который помогает вам с ноутбуком. Встречи вы назначаете вместе.',
    'overview.buddy.phone': 'Звоните {name} по номеру {phone}.',
    'overview.buddy.email': 'Пишите на {email}.',
    'overview.buddy.noContact': 'Ваш социальный работник свяжет вас друг с другом.',
    'overview.helpNearby.title': 'Помощь рядом',
    'overview.helpNearby.text': 'Появился вопрос позже? Идите в Digipunt. Там вам помогут бесплатно.',

    'receipt.title': 'Расписка в получении ноутбука',
    'receipt.intro': 'Сегодня {client} получает ноутбук от {organisation}.',
    'receipt.dutchNote': 'Рядом с каждым текстом есть также текст на нидерландском, для дела.',
    'receipt.device.model': 'Модель',
    'receipt.device.serial': 'Серийный номер',
    'receipt.device.date': 'Дата',
    'receipt.agreements': 'Договорённости',
    'receipt.ownership': 'С сегодняшнего дня ноутбук ваш. Его нельзя продавать или отдавать.',
    'receipt.loan':
      'Вы берёте ноутбук на время у {organisation}. Ноутбук остаётся собственностью {organisation}. Верните его, когда мы попросим.',
    'receipt.loanReturnBy': 'Верните ноутбук не позднее {date}.',
    'receipt.care':
      'Берегите ноутбук. Держите его сухим и чистым. Пользуйтесь только зарядным устройством, которое вы получили с ноутбуком.',
    'receipt.password': 'Выберите пароль. Никому его не говорите.',
    'receipt.problem.title': 'Проблема с ноутбуком?',
    'receipt.problem.text': 'Не открывайте ноутбук сами и не несите его в магазин. Звоните {name}: {phone}.',
    'receipt.problem.textNoPhone':
      'Не открывайте ноутбук сами и не несите его в магазин. Сообщите своему социальному работнику.',
    'receipt.lost': 'Ноутбук потерян или украден? Сразу сообщите своему социальному работнику.',
    'receipt.appointments': 'Ваши встречи',
    'receipt.appointment.installation':
      'Студент придёт к вам домой, чтобы настроить ноутбук. Звоните {name}: {phone}, чтобы выбрать день.',
    'receipt.appointment.installationNoPhone':
      'Студент из {name} придёт к вам домой, чтобы настроить ноутбук. Ваш социальный работник поможет выбрать день.',
    'receipt.appointment.installationAt': 'Студент от {name} настроит ноутбук у вас дома {date}.',
    'receipt.appointment.firstLesson': 'Ваше первое занятие {date}, место: {place}.',
    'receipt.appointment.socialWorker': 'У вас встреча с социальным работником {date}.',
    'receipt.declaration': 'Я получил(а) ноутбук. Я понимаю договорённости и буду их соблюдать.',
    'receipt.signature.client': 'Подпись клиента',
    'receipt.signature.socialWorker': 'Подпись социального работника',
    'receipt.signedAt': 'Подписано {date}',

    'cheque.title': 'Дигичек',
    'cheque.duration': '{duration} помощи на дому от студента-информатика',
    'cheque.purpose.installation':
      'Сначала используйте этот чек: студент настроит ноутбук и объяснит основы.',
    'cheque.purpose.free': 'Используйте этот чек, когда вам нужна помощь.',
    'cheque.code': 'Ваш код',
    'cheque.validUntil': 'Действителен до {date}',
    'cheque.howTo': 'Звоните {name}: {phone}. Назовите свой код. Вместе вы выберете день.',
    'cheque.howToNoPhone':
      'Ваш социальный работник скажет, как связаться с {name}. Назовите свой код. Вместе вы выберете день.',
    'cheque.student': 'Покажите этот чек студенту.',
    'cheque.number': 'Чек {number} из {total}',
    'cheque.for': 'Для: {name}',

    'lessons.title': 'Ваши занятия',
    'lessons.intro':
      'В небольшой группе вы учитесь работать с ноутбуком. Занятия бесплатные. Приходите на каждое занятие.',
    'lessons.when': 'Когда?',
    'lessons.session': 'Занятие {number}: {date}, с {start} до {end}',
    'lessons.where': 'Где?',
    'lessons.directions': 'Как добраться:',
    'lessons.bring': 'Что взять с собой?',
    'lessons.bring.laptop': 'Свой ноутбук',
    'lessons.bring.charger': 'Зарядное устройство ноутбука',
    'lessons.bring.eid': 'Удостоверение личности и PIN-код, если они у вас есть',
    'lessons.absent': 'Не можете прийти? Звоните {name}: {phone}.',
    'lessons.absentNoPhone': 'Не можете прийти? Сообщите своему социальному работнику.',
    'lessons.teacher': 'Ваш преподаватель: {name}',

    'help.title': 'Помощь рядом: Digipunten',
    'help.intro':
      'В Digipunt вам бесплатно помогут с компьютером, электронной почтой и сайтами. Посмотрите часы работы.',
    'help.hours': 'Открыто',
    'help.languages': 'Языки',
    'help.phone': 'Телефон',
    'help.distance': '{distance} от вашего дома',
    'help.none': 'Спросите своего социального работника, где ближайший Digipunt.',
    'help.titleArea': 'Digipunten: {area}',
    'help.areaNote':
      'Мы не знаем вашего адреса. Поэтому здесь указаны Digipunten: {area}. Спросите своего социального работника, какой Digipunt находится рядом с вашим домом.',
  },
};
