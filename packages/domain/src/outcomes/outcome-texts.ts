import type { ClientLanguage } from '../languages/languages';

/**
 * The wording of one item, scale step or label in every client language. Dutch is the reference the
 * others are translated from.
 *
 * @example
 * const wording: OutcomeWording = OUTCOME_SCALE_TEXTS.with_help;
 */
export type OutcomeWording = Readonly<Record<ClientLanguage, string>>;

/**
 * How far a language's wording of the measure has been checked:
 * - `reviewed`: written or checked by a fluent reader in clear language (A2);
 * - `machine_draft`: a machine-quality translation of the Dutch reference, not yet read by a native
 *   speaker. Show it as such; a social worker reading it aloud should know.
 *
 * @example
 * OUTCOME_REVIEW_STATUSES; // ['reviewed', 'machine_draft']
 */
export const OUTCOME_REVIEW_STATUSES = ['reviewed', 'machine_draft'] as const;

/** One of {@link OUTCOME_REVIEW_STATUSES}. @example const status: OutcomeReviewStatus = 'machine_draft'; */
export type OutcomeReviewStatus = (typeof OUTCOME_REVIEW_STATUSES)[number];

/**
 * The review status of the measure's wording per language. Only the Dutch reference is reviewed, as
 * for the client documents' catalogues; flip a language here once a native speaker has read every
 * item, scale step and label of it.
 *
 * @example
 * OUTCOME_TEXT_REVIEW.nl; // 'reviewed'
 * OUTCOME_TEXT_REVIEW.fa; // 'machine_draft'
 */
export const OUTCOME_TEXT_REVIEW: Readonly<Record<ClientLanguage, OutcomeReviewStatus>> = {
  nl: 'reviewed',
  fr: 'machine_draft',
  en: 'machine_draft',
  ar: 'machine_draft',
  tr: 'machine_draft',
  bg: 'machine_draft',
  ro: 'machine_draft',
  pl: 'machine_draft',
  sk: 'machine_draft',
  uk: 'machine_draft',
  ru: 'machine_draft',
  fa: 'machine_draft',
};

/**
 * The four answers to a task, read aloud after each task.
 *
 * @example
 * OUTCOME_SCALE_TEXTS.can_show_others.en; // 'I can show someone else'
 */
export const OUTCOME_SCALE_TEXTS = {
  cannot: {
    nl: 'Ik kan het niet',
    fr: 'Je ne sais pas le faire',
    en: "I can't",
    ar: 'لا أستطيع',
    tr: 'Yapamıyorum',
    bg: 'Не мога',
    ro: 'Nu pot',
    pl: 'Nie umiem',
    sk: 'Neviem',
    uk: 'Я не вмію',
    ru: 'Я не умею',
    fa: 'نمی‌توانم',
  },
  with_help: {
    nl: 'Met hulp',
    fr: "Avec de l'aide",
    en: 'With help',
    ar: 'بمساعدة',
    tr: 'Yardımla',
    bg: 'С помощ',
    ro: 'Cu ajutor',
    pl: 'Z pomocą',
    sk: 'S pomocou',
    uk: 'З допомогою',
    ru: 'С помощью',
    fa: 'با کمک',
  },
  on_my_own: {
    nl: 'Alleen',
    fr: 'Seul',
    en: 'On my own',
    ar: 'بمفردي',
    tr: 'Kendi başıma',
    bg: 'Сам',
    ro: 'Singur',
    pl: 'Sam',
    sk: 'Sám',
    uk: 'Сам',
    ru: 'Сам',
    fa: 'به تنهایی',
  },
  can_show_others: {
    nl: 'Ik kan het aan iemand anders tonen',
    fr: "Je peux le montrer à quelqu'un d'autre",
    en: 'I can show someone else',
    ar: 'أستطيع أن أُعلّم شخصًا آخر',
    tr: 'Başkasına gösterebilirim',
    bg: 'Мога да покажа на някой друг',
    ro: 'Pot să arăt altcuiva',
    pl: 'Umiem pokazać komuś innemu',
    sk: 'Viem to ukázať niekomu inému',
    uk: 'Я можу показати іншим',
    ru: 'Я могу показать другому',
    fa: 'می‌توانم به کس دیگری نشان بدهم',
  },
} as const satisfies Record<string, OutcomeWording>;

/**
 * The words at both ends of the 0 to 10 confidence scale.
 *
 * @example
 * OUTCOME_CONFIDENCE_ANCHORS.highest.nl; // 'Heel zeker'
 */
export const OUTCOME_CONFIDENCE_ANCHORS = {
  lowest: {
    nl: 'Helemaal niet zeker',
    fr: 'Pas du tout confiant',
    en: 'Not confident at all',
    ar: 'لست واثقًا أبدًا',
    tr: 'Hiç emin değilim',
    bg: 'Изобщо не съм уверен',
    ro: 'Deloc sigur',
    pl: 'Wcale nie czuję się pewnie',
    sk: 'Vôbec si nie som istý',
    uk: 'Зовсім не впевнений',
    ru: 'Совсем не уверен',
    fa: 'اصلاً مطمئن نیستم',
  },
  highest: {
    nl: 'Heel zeker',
    fr: 'Très confiant',
    en: 'Very confident',
    ar: 'واثق جدًا',
    tr: 'Çok eminim',
    bg: 'Много уверен',
    ro: 'Foarte sigur',
    pl: 'Bardzo pewnie',
    sk: 'Veľmi istý',
    uk: 'Дуже впевнений',
    ru: 'Очень уверен',
    fa: 'خیلی مطمئن هستم',
  },
} as const satisfies Record<string, OutcomeWording>;

/**
 * The wording of version 1 of each item, by item id.
 *
 * @example
 * OUTCOME_ITEM_TEXTS_V1.connect_wifi.fr; // 'Se connecter au wifi'
 */
export const OUTCOME_ITEM_TEXTS_V1 = {
  device_controls: {
    nl: 'Het toestel aanzetten en de knoppen, de muis of het scherm gebruiken',
    fr: "Allumer l'appareil et utiliser les boutons, la souris ou l'écran",
    en: 'Turn on the device and use its buttons, mouse or screen',
    ar: 'تشغيل الجهاز واستعمال الأزرار أو الفأرة أو الشاشة',
    tr: 'Cihazı açmak ve tuşları, fareyi veya ekranı kullanmak',
    bg: 'Да включа устройството и да използвам бутоните, мишката или екрана',
    ro: 'Să pornesc aparatul și să folosesc butoanele, mouse-ul sau ecranul',
    pl: 'Włączyć urządzenie i używać przycisków, myszy lub ekranu',
    sk: 'Zapnúť zariadenie a používať tlačidlá, myš alebo obrazovku',
    uk: 'Увімкнути пристрій і користуватися кнопками, мишею або екраном',
    ru: 'Включить устройство и пользоваться кнопками, мышью или экраном',
    fa: 'روشن کردن دستگاه و استفاده از دکمه‌ها، موس یا صفحه',
  },
  open_app: {
    nl: 'Een app of programma openen',
    fr: 'Ouvrir une application ou un programme',
    en: 'Open an app or program',
    ar: 'فتح تطبيق أو برنامج',
    tr: 'Bir uygulama veya program açmak',
    bg: 'Да отворя приложение или програма',
    ro: 'Să deschid o aplicație sau un program',
    pl: 'Otworzyć aplikację lub program',
    sk: 'Otvoriť aplikáciu alebo program',
    uk: 'Відкрити застосунок або програму',
    ru: 'Открыть приложение или программу',
    fa: 'باز کردن یک برنامه',
  },
  connect_wifi: {
    nl: 'Verbinden met wifi',
    fr: 'Se connecter au wifi',
    en: 'Connect to Wi-Fi',
    ar: 'الاتصال بشبكة الواي فاي',
    tr: "Wi-Fi'ye bağlanmak",
    bg: 'Да се свържа с Wi-Fi',
    ro: 'Să mă conectez la Wi-Fi',
    pl: 'Połączyć się z Wi-Fi',
    sk: 'Pripojiť sa na Wi-Fi',
    uk: 'Підключитися до Wi-Fi',
    ru: 'Подключиться к Wi-Fi',
    fa: 'وصل شدن به وای‌فای',
  },
  use_browser: {
    nl: 'Een website openen in de browser',
    fr: 'Ouvrir un site internet dans le navigateur',
    en: 'Open a website in the browser',
    ar: 'فتح موقع إلكتروني في المتصفح',
    tr: 'Tarayıcıda bir web sitesi açmak',
    bg: 'Да отворя уебсайт в браузъра',
    ro: 'Să deschid un site în browser',
    pl: 'Otworzyć stronę internetową w przeglądarce',
    sk: 'Otvoriť webovú stránku v prehliadači',
    uk: 'Відкрити вебсайт у браузері',
    ru: 'Открыть сайт в браузере',
    fa: 'باز کردن یک وب‌سایت در مرورگر',
  },
  log_in: {
    nl: 'Inloggen op een account met je naam en wachtwoord',
    fr: "Se connecter à un compte avec son nom d'utilisateur et son mot de passe",
    en: 'Log in to an account with your user name and password',
    ar: 'الدخول إلى حساب باسم المستخدم وكلمة المرور',
    tr: 'Kullanıcı adı ve şifreyle bir hesaba giriş yapmak',
    bg: 'Да вляза в профил с потребителско име и парола',
    ro: 'Să intru într-un cont cu numele de utilizator și parola',
    pl: 'Zalogować się na konto nazwą użytkownika i hasłem',
    sk: 'Prihlásiť sa do účtu menom a heslom',
    uk: 'Увійти в обліковий запис з іменем користувача і паролем',
    ru: 'Войти в учётную запись с именем пользователя и паролем',
    fa: 'وارد شدن به یک حساب با نام کاربری و رمز عبور',
  },
  change_password: {
    nl: 'Een wachtwoord veranderen',
    fr: 'Changer un mot de passe',
    en: 'Change a password',
    ar: 'تغيير كلمة المرور',
    tr: 'Bir şifreyi değiştirmek',
    bg: 'Да сменя парола',
    ro: 'Să schimb o parolă',
    pl: 'Zmienić hasło',
    sk: 'Zmeniť heslo',
    uk: 'Змінити пароль',
    ru: 'Изменить пароль',
    fa: 'عوض کردن رمز عبور',
  },
  keep_passwords_safe: {
    nl: 'Je wachtwoorden geheim en veilig houden',
    fr: 'Garder ses mots de passe secrets et en sécurité',
    en: 'Keep your passwords secret and safe',
    ar: 'الحفاظ على كلمات المرور سرية وآمنة',
    tr: 'Şifrelerini gizli ve güvende tutmak',
    bg: 'Да пазя паролите си в тайна и на сигурно място',
    ro: 'Să îmi păstrez parolele secrete și în siguranță',
    pl: 'Trzymać swoje hasła w tajemnicy i bezpiecznie',
    sk: 'Udržať svoje heslá v tajnosti a v bezpečí',
    uk: 'Тримати свої паролі в таємниці та безпеці',
    ru: 'Хранить свои пароли в тайне и в безопасности',
    fa: 'رمزهای عبور خود را مخفی و امن نگه داشتن',
  },
  accessibility_settings: {
    nl: 'De letters groter maken of andere hulp op het scherm aanzetten',
    fr: "Agrandir les lettres ou activer une autre aide à l'écran",
    en: 'Make the letters bigger or turn on other help on the screen',
    ar: 'تكبير الحروف أو تشغيل مساعدة أخرى على الشاشة',
    tr: 'Harfleri büyütmek veya ekranda başka bir yardımı açmak',
    bg: 'Да уголемя буквите или да включа друга помощ на екрана',
    ro: 'Să măresc literele sau să pornesc alt ajutor pe ecran',
    pl: 'Powiększyć litery lub włączyć inną pomoc na ekranie',
    sk: 'Zväčšiť písmená alebo zapnúť inú pomoc na obrazovke',
    uk: 'Збільшити літери або увімкнути іншу допомогу на екрані',
    ru: 'Увеличить буквы или включить другую помощь на экране',
    fa: 'بزرگ کردن حروف یا روشن کردن کمک دیگری روی صفحه',
  },
  itsme_login: {
    nl: 'Inloggen met itsme of met je eID',
    fr: 'Se connecter avec itsme ou avec sa carte eID',
    en: 'Log in with itsme or with your eID card',
    ar: 'الدخول باستعمال itsme أو بطاقة الهوية الإلكترونية eID',
    tr: 'itsme veya eID kartıyla giriş yapmak',
    bg: 'Да вляза с itsme или с личната си карта eID',
    ro: 'Să intru cu itsme sau cu cartea de identitate eID',
    pl: 'Zalogować się przez itsme lub dowodem eID',
    sk: 'Prihlásiť sa cez itsme alebo občianskym preukazom eID',
    uk: 'Увійти через itsme або з карткою eID',
    ru: 'Войти через itsme или с картой eID',
    fa: 'وارد شدن با itsme یا با کارت شناسایی eID',
  },
  ebox_government: {
    nl: 'Een brief van de overheid lezen in je e-Box of op een website van de overheid',
    fr: "Lire une lettre des autorités dans son e-Box ou sur un site de l'administration",
    en: 'Read a letter from the government in your e-Box or on a government website',
    ar: 'قراءة رسالة من الحكومة في صندوق e-Box أو على موقع حكومي',
    tr: "Devletten gelen bir mektubu e-Box'ta veya bir devlet sitesinde okumak",
    bg: 'Да прочета писмо от държавата в e-Box или на държавен уебсайт',
    ro: 'Să citesc o scrisoare de la stat în e-Box sau pe un site al statului',
    pl: 'Przeczytać list od urzędu w e-Box lub na stronie urzędu',
    sk: 'Prečítať si list od úradu v e-Boxe alebo na stránke úradu',
    uk: 'Прочитати лист від держави в e-Box або на державному вебсайті',
    ru: 'Прочитать письмо от государства в e-Box или на государственном сайте',
    fa: 'خواندن نامهٔ دولت در e-Box یا در وب‌سایت دولت',
  },
  online_banking: {
    nl: 'Je bankzaken doen met de app of de website van je bank',
    fr: "Faire ses opérations bancaires avec l'application ou le site de sa banque",
    en: "Do your banking with your bank's app or website",
    ar: 'القيام بالمعاملات البنكية بتطبيق البنك أو موقعه',
    tr: 'Banka işlerini bankanın uygulaması veya sitesiyle yapmak',
    bg: 'Да върша банковите си неща с приложението или сайта на банката',
    ro: 'Să îmi fac operațiunile bancare cu aplicația sau site-ul băncii',
    pl: 'Załatwiać sprawy bankowe w aplikacji lub na stronie banku',
    sk: 'Vybavovať bankové veci v aplikácii alebo na stránke banky',
    uk: 'Користуватися банком через застосунок або сайт банку',
    ru: 'Пользоваться банком через приложение или сайт банка',
    fa: 'انجام کارهای بانکی با برنامه یا وب‌سایت بانک',
  },
  video_call_family: {
    nl: 'Een videogesprek doen met familie of vrienden',
    fr: 'Faire un appel vidéo avec sa famille ou ses amis',
    en: 'Make a video call with family or friends',
    ar: 'إجراء مكالمة فيديو مع العائلة أو الأصدقاء',
    tr: 'Ailemle veya arkadaşlarımla görüntülü konuşmak',
    bg: 'Да проведа видеоразговор със семейството или приятели',
    ro: 'Să fac un apel video cu familia sau prietenii',
    pl: 'Porozmawiać przez wideo z rodziną lub przyjaciółmi',
    sk: 'Uskutočniť videohovor s rodinou alebo priateľmi',
    uk: 'Зробити відеодзвінок родині або друзям',
    ru: 'Сделать видеозвонок родным или друзьям',
    fa: 'تماس تصویری با خانواده یا دوستان',
  },
  send_email: {
    nl: 'Een e-mail sturen met een bijlage',
    fr: 'Envoyer un e-mail avec une pièce jointe',
    en: 'Send an e-mail with an attachment',
    ar: 'إرسال بريد إلكتروني مع مرفق',
    tr: 'Ekli bir e-posta göndermek',
    bg: 'Да изпратя имейл с прикачен файл',
    ro: 'Să trimit un e-mail cu un atașament',
    pl: 'Wysłać e-mail z załącznikiem',
    sk: 'Poslať e-mail s prílohou',
    uk: 'Надіслати електронний лист із вкладенням',
    ru: 'Отправить электронное письмо с вложением',
    fa: 'فرستادن ایمیل با پیوست',
  },
  job_sites: {
    nl: 'Werk zoeken op een website, zoals die van de VDAB',
    fr: 'Chercher du travail sur un site internet, comme celui du VDAB',
    en: 'Look for work on a website, such as the VDAB site',
    ar: 'البحث عن عمل على موقع إلكتروني مثل موقع VDAB',
    tr: 'VDAB sitesi gibi bir sitede iş aramak',
    bg: 'Да търся работа на уебсайт, например този на VDAB',
    ro: 'Să caut de lucru pe un site, cum ar fi cel al VDAB',
    pl: 'Szukać pracy na stronie internetowej, np. VDAB',
    sk: 'Hľadať prácu na webovej stránke, napríklad VDAB',
    uk: 'Шукати роботу на вебсайті, наприклад VDAB',
    ru: 'Искать работу на сайте, например VDAB',
    fa: 'جستجوی کار در یک وب‌سایت، مثل سایت VDAB',
  },
  school_platform: {
    nl: 'Het schoolplatform van je kind gebruiken, zoals Smartschool',
    fr: 'Utiliser la plateforme scolaire de son enfant, comme Smartschool',
    en: "Use your child's school platform, such as Smartschool",
    ar: 'استعمال منصة مدرسة طفلك مثل Smartschool',
    tr: 'Çocuğunun okul platformunu, örneğin Smartschool’u kullanmak',
    bg: 'Да използвам училищната платформа на детето си, например Smartschool',
    ro: 'Să folosesc platforma școlii copilului, cum ar fi Smartschool',
    pl: 'Korzystać z platformy szkolnej dziecka, np. Smartschool',
    sk: 'Používať školskú platformu dieťaťa, napríklad Smartschool',
    uk: 'Користуватися шкільною платформою дитини, наприклад Smartschool',
    ru: 'Пользоваться школьной платформой ребёнка, например Smartschool',
    fa: 'استفاده از سامانهٔ مدرسهٔ فرزندتان، مثل Smartschool',
  },
  confidence: {
    nl: 'Hoe zeker voel je je als je een computer gebruikt? Geef een cijfer van 0 tot 10.',
    fr: 'Quelle confiance avez-vous quand vous utilisez un ordinateur ? Donnez un chiffre de 0 à 10.',
    en: 'How confident do you feel using a computer? Give a number from 0 to 10.',
    ar: 'ما مدى ثقتك عند استعمال الحاسوب؟ أعطِ رقمًا من 0 إلى 10.',
    tr: 'Bilgisayar kullanırken kendini ne kadar emin hissediyorsun? 0 ile 10 arasında bir sayı ver.',
    bg: 'Колко уверено се чувствате, когато използвате компютър? Дайте число от 0 до 10.',
    ro: 'Cât de sigur vă simțiți când folosiți un calculator? Dați o notă de la 0 la 10.',
    pl: 'Jak pewnie czujesz się, używając komputera? Podaj liczbę od 0 do 10.',
    sk: 'Ako isto sa cítite pri používaní počítača? Dajte číslo od 0 do 10.',
    uk: 'Наскільки впевнено ви почуваєтеся, коли користуєтеся комп’ютером? Назвіть число від 0 до 10.',
    ru: 'Насколько уверенно вы чувствуете себя за компьютером? Назовите число от 0 до 10.',
    fa: 'وقتی از کامپیوتر استفاده می‌کنید چقدر احساس اطمینان دارید؟ عددی از ۰ تا ۱۰ بگویید.',
  },
} as const satisfies Record<string, OutcomeWording>;
