import type { Catalog } from './catalog.types';

/** Dari/Persian: machine-quality translation of the Dutch reference, not yet reviewed. */
export const fa: Catalog = {
  meta: { language: 'fa', name: 'دری / فارسی', reviewed: false },
  messages: {
    'common.questions': 'سؤال دارید؟ به شماره {phone} زنگ بزنید.',
    'common.questionsEmail': 'سؤال دارید؟ به شماره {phone} زنگ بزنید یا به {email} ایمیل بفرستید.',
    'common.questionsNoPhone': 'سؤال دارید؟ از مددکار اجتماعی خود بپرسید.',
    'common.questionsEmailOnly': 'سؤال دارید؟ به {email} ایمیل بفرستید.',
    'common.page': 'صفحه {page} از {pages}',

    'overview.title': 'بستهٔ دیجیتال شما',
    'overview.greeting': 'خوش آمدید، {name}!',
    'overview.intro': 'در این بسته همه چیز دربارهٔ لپ‌تاپ شما و کمکی که می‌گیرید آمده است. آن را خوب نگه دارید.',
    'overview.laptop.title': 'لپ‌تاپ شما',
    'overview.laptop.text': 'شما یک لپ‌تاپ می‌گیرید. توافق‌ها در رسید نوشته شده‌اند. آن‌ها را با دقت بخوانید.',
    'overview.homeHelp.title': 'کمک در خانه',
    'overview.homeHelp.text':
      'یک محصل به خانهٔ شما می‌آید. او لپ‌تاپ را آماده می‌کند و طرز کار آن را توضیح می‌دهد. برای وقت ملاقات به {phone} زنگ بزنید.',
    'overview.homeHelp.textNoPhone':
      'یک محصل به خانهٔ شما می‌آید. او لپ‌تاپ را آماده می‌کند و طرز کار آن را توضیح می‌دهد. مددکار اجتماعی به شما کمک می‌کند وقت ملاقات بگیرید.',
    'overview.lessons.title': 'درس‌های گروهی',
    'overview.lessons.text': 'در یک گروه کوچک کار با لپ‌تاپ را یاد می‌گیرید. درس اول در تاریخ {date} است.',
    'overview.buddy.title': 'همراه دیجیتال شما (Digibuddy)',
    'overview.buddy.text':
      '{name} همراه دیجیتال شما (Digibuddy) است: یک داوطلب که در کار با لپ‌تاپ به شما کمک می‌کند. زمان دیدار را با هم تعیین می‌کنید.',
    'overview.buddy.phone': 'با {name} به شماره {phone} تماس بگیرید.',
    'overview.buddy.email': 'به {email} ایمیل بفرستید.',
    'overview.buddy.noContact': 'مددکار اجتماعی شما را با هم در تماس قرار می‌دهد.',
    'overview.helpNearby.title': 'کمک نزدیک شما',
    'overview.helpNearby.text':
      'بعداً سؤالی دارید؟ به یک دیجی‌پونت (Digipunt) بروید. آنجا رایگان به شما کمک می‌کنند.',

    'receipt.title': 'رسید دریافت لپ‌تاپ',
    'receipt.intro': '{client} امروز یک لپ‌تاپ از {organisation} دریافت می‌کند.',
    'receipt.dutchNote': 'کنار هر متن، متن هالندی هم برای پرونده آمده است.',
    'receipt.device.model': 'مدل',
    'receipt.device.serial': 'شمارهٔ سریال',
    'receipt.device.date': 'تاریخ',
    'receipt.agreements': 'توافق‌ها',
    'receipt.ownership': 'از امروز لپ‌تاپ مال شماست. اجازه ندارید آن را بفروشید یا به کسی بدهید.',
    'receipt.loan':
      'شما لپ‌تاپ را از {organisation} قرض می‌گیرید. لپ‌تاپ مال {organisation} می‌ماند. هر وقت خواستیم آن را پس بدهید.',
    'receipt.loanReturnBy': 'لپ‌تاپ را حداکثر تا تاریخ {date} پس بدهید.',
    'receipt.care':
      'از لپ‌تاپ خوب مواظبت کنید. آن را خشک و پاک نگه دارید. فقط از چارجری که با لپ‌تاپ گرفتید استفاده کنید.',
    'receipt.password': 'یک رمز انتخاب کنید. آن را به هیچ کس نگویید.',
    'receipt.problem.title': 'لپ‌تاپ مشکل دارد؟',
    'receipt.problem.text':
      'لپ‌تاپ را خودتان باز نکنید و به مغازه نبرید. به {name} به شماره {phone} زنگ بزنید.',
    'receipt.problem.textNoPhone':
      'لپ‌تاپ را خودتان باز نکنید و به مغازه نبرید. به مددکار اجتماعی خود بگویید.',
    'receipt.lost': 'لپ‌تاپ گم شده یا دزدیده شده؟ فوراً به مددکار اجتماعی خود بگویید.',
    'receipt.appointments': 'قرارهای شما',
    'receipt.appointment.installation':
      'یک محصل برای آماده کردن لپ‌تاپ به خانهٔ شما می‌آید. برای انتخاب روز به {name} به شماره {phone} زنگ بزنید.',
    'receipt.appointment.installationNoPhone':
      'یک محصل از {name} برای آماده کردن لپ‌تاپ به خانهٔ شما می‌آید. مددکار اجتماعی به شما کمک می‌کند یک روز انتخاب کنید.',
    'receipt.appointment.installationAt':
      'یک محصل از {name} در تاریخ {date} برای آماده کردن لپ‌تاپ به خانهٔ شما می‌آید.',
    'receipt.appointment.firstLesson': 'درس اول شما در تاریخ {date} در {place} است.',
    'receipt.appointment.socialWorker': 'در تاریخ {date} با مددکار اجتماعی خود ملاقات دارید.',
    'receipt.declaration': 'لپ‌تاپ را گرفتم. توافق‌ها را می‌فهمم و به آن‌ها عمل می‌کنم.',
    'receipt.signature.client': 'امضای مراجعه‌کننده',
    'receipt.signature.socialWorker': 'امضای مددکار اجتماعی',
    'receipt.signedAt': 'امضا شده در تاریخ {date}',

    'cheque.title': 'چک دیجیتال (Digicheque)',
    'cheque.duration': '{duration} کمک در خانه توسط یک محصل کمپیوتر',
    'cheque.purpose.installation':
      'اول از این چک استفاده کنید: محصل لپ‌تاپ شما را آماده می‌کند و اصول اولیه را توضیح می‌دهد.',
    'cheque.purpose.free': 'هر وقت به کمک نیاز داشتید از این چک استفاده کنید.',
    'cheque.code': 'کد شما',
    'cheque.validUntil': 'معتبر تا {date}',
    'cheque.howTo': 'به {name} به شماره {phone} زنگ بزنید. کد خود را بگویید. با هم یک روز انتخاب می‌کنید.',
    'cheque.howToNoPhone':
      'مددکار اجتماعی به شما می‌گوید چطور با {name} تماس بگیرید. کد خود را بگویید. با هم یک روز انتخاب می‌کنید.',
    'cheque.student': 'این چک را به محصل نشان دهید.',
    'cheque.number': 'چک {number} از {total}',
    'cheque.for': 'برای: {name}',

    'lessons.title': 'درس‌های شما',
    'lessons.intro': 'در یک گروه کوچک کار با لپ‌تاپ را یاد می‌گیرید. درس‌ها رایگان هستند. در هر درس شرکت کنید.',
    'lessons.when': 'چه وقت؟',
    'lessons.session': 'درس {number}: {date}، از {start} تا {end}',
    'lessons.where': 'کجا؟',
    'lessons.directions': 'راه رسیدن:',
    'lessons.bring': 'چه چیزی با خود بیاورید؟',
    'lessons.bring.laptop': 'لپ‌تاپ خود',
    'lessons.bring.charger': 'چارجر لپ‌تاپ خود',
    'lessons.bring.eid': 'کارت هویت و رمز آن، اگر دارید',
    'lessons.absent': 'نمی‌توانید بیایید؟ به {name} به شماره {phone} زنگ بزنید.',
    'lessons.absentNoPhone': 'نمی‌توانید بیایید؟ به مددکار اجتماعی خود بگویید.',
    'lessons.teacher': 'استاد شما: {name}',

    'help.title': 'کمک نزدیک شما: دیجی‌پونت‌ها (Digipunten)',
    'help.intro':
      'در دیجی‌پونت رایگان در کار با کمپیوتر، ایمیل و وب‌سایت‌ها به شما کمک می‌کنند. ساعات کاری را ببینید.',
    'help.hours': 'باز است',
    'help.languages': 'زبان‌ها',
    'help.phone': 'تلفن',
    'help.distance': 'به فاصلهٔ {distance} از خانهٔ شما',
    'help.none': 'از مددکار اجتماعی خود بپرسید نزدیک‌ترین دیجی‌پونت کجاست.',
    'help.titleArea': 'دیجی‌پونت‌ها (Digipunten) در {area}',
    'help.areaNote':
      'ما نشانی شما را نمی‌دانیم. برای همین اینجا دیجی‌پونت‌های {area} آمده است. از مددکار اجتماعی خود بپرسید کدام دیجی‌پونت نزدیک خانه شماست.',
  },
};
