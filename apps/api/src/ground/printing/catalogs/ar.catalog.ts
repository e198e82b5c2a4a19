import type { Catalog } from './catalog.types';

/** Arabic (Modern Standard): machine-quality translation of the Dutch reference, not yet reviewed. */
export const ar: Catalog = {
  meta: { language: 'ar', name: 'العربية', reviewed: false },
  messages: {
    'common.questions': 'هل لديك أسئلة؟ اتصل بالرقم {phone}.',
    'common.questionsEmail': 'هل لديك أسئلة؟ اتصل بالرقم {phone} أو راسلنا على {email}.',
    'common.questionsNoPhone': 'هل لديك أسئلة؟ اسأل المرشد الاجتماعي.',
    'common.questionsEmailOnly': 'هل لديك أسئلة؟ راسلنا على {email}.',
    'common.page': 'صفحة {page} من {pages}',

    'overview.title': 'حزمتك الرقمية',
    'overview.greeting': 'أهلاً وسهلاً، {name}!',
    'overview.intro':
      'في هذه الحزمة تجد كل شيء عن حاسوبك المحمول وعن المساعدة التي ستحصل عليها. احتفظ بها جيداً.',
    'overview.laptop.title': 'حاسوبك المحمول',
    'overview.laptop.text': 'تحصل على حاسوب محمول. الاتفاقات مكتوبة في وصل الاستلام. اقرأها جيداً.',
    'overview.homeHelp.title': 'مساعدة في البيت',
    'overview.homeHelp.text':
      'يأتي طالب إلى بيتك. يقوم بتجهيز الحاسوب ويشرح لك كيف يعمل. اتصل بالرقم {phone} لتحديد موعد.',
    'overview.homeHelp.textNoPhone':
      'يأتي طالب إلى بيتك. يقوم بتجهيز الحاسوب ويشرح لك كيف يعمل. يساعدك المرشد الاجتماعي على تحديد موعد.',
    'overview.lessons.title': 'دروس في مجموعة',
    'overview.lessons.text': 'تتعلم في مجموعة صغيرة كيف تستعمل الحاسوب. الدرس الأول يوم {date}.',
    'overview.buddy.title': 'مرافقك الرقمي (Digibuddy)',
    'overview.buddy.text':
      '{name} هو مرافقك الرقمي (Digibuddy): متطوع يساعدك في استعمال الحاسوب. تتفقان معاً على مواعيد اللقاء.',
    'overview.buddy.phone': 'اتصل بـ {name} على الرقم {phone}.',
    'overview.buddy.email': 'أرسل بريداً إلكترونياً إلى {email}.',
    'overview.buddy.noContact': 'يضعك المرشد الاجتماعي على اتصال به.',
    'overview.helpNearby.title': 'مساعدة قريبة منك',
    'overview.helpNearby.text': 'هل لديك سؤال فيما بعد؟ اذهب إلى نقطة رقمية (Digipunt). هناك يساعدونك مجاناً.',

    'receipt.title': 'وصل استلام الحاسوب المحمول',
    'receipt.intro': 'يستلم {client} اليوم حاسوباً محمولاً من {organisation}.',
    'receipt.dutchNote': 'بجانب كل نص تجد أيضاً النص باللغة الهولندية، من أجل الملف.',
    'receipt.device.model': 'الطراز',
    'receipt.device.serial': 'الرقم التسلسلي',
    'receipt.device.date': 'التاريخ',
    'receipt.agreements': 'الاتفاقات',
    'receipt.ownership': 'الحاسوب ملكك ابتداءً من اليوم. لا يجوز لك بيعه أو إعطاؤه لشخص آخر.',
    'receipt.loan':
      'أنت تستعير الحاسوب من {organisation}. يبقى الحاسوب ملكاً لـ {organisation}. أعده عندما نطلب ذلك.',
    'receipt.loanReturnBy': 'أعد الحاسوب في موعد أقصاه {date}.',
    'receipt.care': 'اعتنِ بالحاسوب جيداً. احفظه جافاً ونظيفاً. استعمل فقط الشاحن الذي تسلمته مع الحاسوب.',
    'receipt.password': 'اختر كلمة مرور. لا تقلها لأي أحد.',
    'receipt.problem.title': 'هل توجد مشكلة في الحاسوب؟',
    'receipt.problem.text': 'لا تفتح الحاسوب بنفسك ولا تأخذه إلى محل. اتصل بـ {name} على الرقم {phone}.',
    'receipt.problem.textNoPhone': 'لا تفتح الحاسوب بنفسك ولا تأخذه إلى محل. أخبر المرشد الاجتماعي.',
    'receipt.lost': 'هل ضاع الحاسوب أو سُرق؟ أخبر المرشد الاجتماعي فوراً.',
    'receipt.appointments': 'مواعيدك',
    'receipt.appointment.installation':
      'يأتي طالب إلى بيتك لتجهيز الحاسوب. اتصل بـ {name} على الرقم {phone} لاختيار يوم.',
    'receipt.appointment.installationNoPhone':
      'يأتي طالب من {name} إلى بيتك لتجهيز الحاسوب. يساعدك المرشد الاجتماعي على اختيار يوم.',
    'receipt.appointment.installationAt': 'يأتي طالب من {name} إلى بيتك لتجهيز الحاسوب يوم {date}.',
    'receipt.appointment.firstLesson': 'درسك الأول يوم {date} في {place}.',
    'receipt.appointment.socialWorker': 'لديك موعد مع المرشد الاجتماعي يوم {date}.',
    'receipt.declaration': 'استلمت الحاسوب. أفهم الاتفاقات وألتزم بها.',
    'receipt.signature.client': 'توقيع المستفيد',
    'receipt.signature.socialWorker': 'توقيع المرشد الاجتماعي',
    'receipt.signedAt': 'وُقّع يوم {date}',

    'cheque.title': 'شيك رقمي (Digicheque)',
    'cheque.duration': '{duration} من المساعدة في البيت يقدمها طالب في المعلوماتية',
    'cheque.purpose.installation': 'استعمل هذا الشيك أولاً: يقوم الطالب بتجهيز حاسوبك ويشرح لك الأساسيات.',
    'cheque.purpose.free': 'استعمل هذا الشيك عندما تحتاج إلى مساعدة.',
    'cheque.code': 'رمزك',
    'cheque.validUntil': 'صالح حتى {date}',
    'cheque.howTo': 'اتصل بـ {name} على الرقم {phone}. قل رمزك. تختاران يوماً معاً.',
    'cheque.howToNoPhone': 'يخبرك المرشد الاجتماعي كيف تتصل بـ {name}. قل رمزك. تختاران يوماً معاً.',
    'cheque.student': 'أرِ هذا الشيك للطالب.',
    'cheque.number': 'الشيك {number} من {total}',
    'cheque.for': 'لـ: {name}',

    'lessons.title': 'دروسك',
    'lessons.intro': 'تتعلم في مجموعة صغيرة كيف تستعمل الحاسوب. الدروس مجانية. احضر كل درس.',
    'lessons.when': 'متى؟',
    'lessons.session': 'الدرس {number}: {date}، من {start} إلى {end}',
    'lessons.where': 'أين؟',
    'lessons.directions': 'كيف تصل إلى هناك:',
    'lessons.bring': 'ماذا تحضر معك؟',
    'lessons.bring.laptop': 'حاسوبك المحمول',
    'lessons.bring.charger': 'شاحن حاسوبك',
    'lessons.bring.eid': 'بطاقة هويتك ورمزها السري، إذا كانت لديك',
    'lessons.absent': 'لا تستطيع الحضور؟ اتصل بـ {name} على الرقم {phone}.',
    'lessons.absentNoPhone': 'لا تستطيع الحضور؟ أخبر المرشد الاجتماعي.',
    'lessons.teacher': 'المدرّس: {name}',

    'help.title': 'مساعدة قريبة منك: النقاط الرقمية (Digipunten)',
    'help.intro':
      'في النقطة الرقمية يساعدونك مجاناً في الحاسوب والبريد الإلكتروني والمواقع. انظر إلى أوقات الفتح.',
    'help.hours': 'مفتوح',
    'help.languages': 'اللغات',
    'help.phone': 'الهاتف',
    'help.distance': 'على بعد {distance} من بيتك',
    'help.none': 'اسأل المرشد الاجتماعي أين توجد أقرب نقطة رقمية.',
    'help.titleArea': 'النقاط الرقمية (Digipunten) في {area}',
    'help.areaNote':
      'نحن لا نعرف عنوانك. لذلك هذه نقاط رقمية في {area}. اسأل المرشد الاجتماعي عن النقطة الرقمية القريبة من بيتك.',
  },
};
