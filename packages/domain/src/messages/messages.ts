import type { ClientLanguage } from '../languages/languages';

/**
 * The channels a message reaches a client by. SMS and e-mail need the client's recorded consent and a
 * number or address; a letter is printed for a client who has neither, unless they refused letters.
 *
 * @example
 * MESSAGE_CHANNELS; // ['sms', 'email', 'letter']
 */
export const MESSAGE_CHANNELS = ['sms', 'email', 'letter'] as const;

/** One of {@link MESSAGE_CHANNELS}. @example const channel: MessageChannel = 'sms'; */
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/**
 * Where a message is in its life: `queued` in the outbox, `sending` once an attempt is recorded and
 * handed to the channel, `sent` when the channel accepted it, `delivered` when the provider reported
 * it on the phone, `failed` for good (with a reason), `withdrawn` before it was sent (moved,
 * cancelled, consent withdrawn).
 *
 * @example
 * MESSAGE_STATUSES.includes('withdrawn'); // true
 */
export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'withdrawn'] as const;

/** One of {@link MESSAGE_STATUSES}. @example const status: MessageStatus = 'sent'; */
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/**
 * What a message says: a reminder before the appointment to pick up the laptop, a home-help visit or a
 * training half-day, a notice that a visit or half-day was moved or cancelled, a nudge to use the
 * second home-help cheque, or word that the welfare centre will call for the outcome follow-up.
 *
 * @example
 * const kind: MessageKind = 'lesson_moved';
 */
export const MESSAGE_KINDS = [
  'pickup_reminder',
  'visit_reminder',
  'visit_moved',
  'visit_cancelled',
  'lesson_reminder',
  'lesson_moved',
  'lesson_cancelled',
  'cheque_nudge',
  'outcome_follow_up',
] as const;

/** One of {@link MESSAGE_KINDS}. */
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * Weeks after the installation visit a client whose second cheque is still unused gets one nudge,
 * unless the programme sets another number (0: no nudges).
 */
export const DEFAULT_SECOND_CHEQUE_NUDGE_WEEKS = 4;

/** Days before an appointment its reminders go out, unless the programme sets others. */
export const DEFAULT_REMINDER_DAYS_BEFORE: readonly number[] = [5, 1];

/** What the client agreed to, per channel: `true` agreed, `false` refused, absent when never asked. */
export type ChannelConsents = Partial<Record<MessageChannel, boolean>>;

/**
 * The channel a message to this client goes by, or `null` when none may be used: the preferred
 * channel when it is usable, else SMS, then e-mail (each needs consent and a number or address),
 * then a letter unless the client refused letters.
 *
 * @example
 * chooseChannel({ consents: { sms: true, email: true }, preferred: 'email', hasPhone: true, hasEmail: true }); // 'email'
 * chooseChannel({ consents: { sms: false }, preferred: null, hasPhone: true, hasEmail: false }); // 'letter'
 */
export function chooseChannel({
  consents,
  preferred,
  hasPhone,
  hasEmail,
}: {
  consents: ChannelConsents;
  preferred: MessageChannel | null;
  hasPhone: boolean;
  hasEmail: boolean;
}): MessageChannel | null {
  const usable: MessageChannel[] = [];
  if (consents.sms === true && hasPhone) usable.push('sms');
  if (consents.email === true && hasEmail) usable.push('email');
  if (consents.letter !== false) usable.push('letter');
  if (preferred && usable.includes(preferred)) return preferred;
  return usable[0] ?? null;
}

/**
 * When each reminder of an appointment goes out: `daysBefore` whole days before it, at the same time
 * of day. Reminders whose moment is already past are left out (a visit planned three days ahead gets
 * no five-day reminder), and an appointment already past gets none.
 *
 * @example
 * reminderMoments({ startsAt: new Date('2026-12-10T09:00:00Z'), daysBefore: [5, 1], now: new Date('2026-12-07T09:00:00Z') });
 * // [{ daysBefore: 1, sendAt: new Date('2026-12-09T09:00:00Z') }]
 */
export function reminderMoments({
  startsAt,
  daysBefore,
  now,
}: {
  startsAt: Date;
  daysBefore: readonly number[];
  now: Date;
}): { daysBefore: number; sendAt: Date }[] {
  if (startsAt.getTime() <= now.getTime()) return [];
  return [...new Set(daysBefore)]
    .map((days) => ({ daysBefore: days, sendAt: new Date(startsAt.getTime() - days * 86_400_000) }))
    .filter((moment) => moment.sendAt.getTime() > now.getTime())
    .sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
}

/**
 * How long to wait before the next attempt after a transient failure: one minute, doubling per
 * attempt, at most an hour.
 *
 * @example
 * retryDelaySeconds({ attempts: 1 }); // 60
 * retryDelaySeconds({ attempts: 3 }); // 240
 */
export function retryDelaySeconds({ attempts }: { attempts: number }): number {
  return Math.min(3600, 60 * 2 ** Math.max(0, attempts - 1));
}

/** Transient failures are retried up to this many attempts in all; then the message fails. */
export const MESSAGE_MAX_ATTEMPTS = 5;

/**
 * How far a language's message texts have been checked, as for the client documents: `reviewed` by a
 * fluent reader, or `machine_draft` (a machine-quality translation of the Dutch reference).
 *
 * @example
 * MESSAGE_TEXT_REVIEW.fr; // 'reviewed'
 * MESSAGE_TEXT_REVIEW.tr; // 'machine_draft'
 */
export const MESSAGE_TEXT_REVIEW: Readonly<Record<ClientLanguage, 'reviewed' | 'machine_draft'>> = {
  nl: 'reviewed',
  fr: 'reviewed',
  en: 'reviewed',
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

type Texts = Readonly<Partial<Record<ClientLanguage, string>>> & { readonly nl: string };

/**
 * The texts per kind and language. Placeholders: `{from}` who sends (the partner's name), `{date}`
 * (dd/mm), `{time}` (hh:mm), `{place}`. Short enough for one SMS, with nothing about the client's
 * situation (no welfare, income or device), so a message read by someone else reveals nothing.
 */
export const MESSAGE_TEXTS: Readonly<Record<MessageKind, Texts>> = {
  pickup_reminder: {
    nl: '{from}: u kunt uw toestel ophalen op {date} om {time}. Neem uw identiteitskaart mee.',
    fr: "{from} : vous pouvez retirer votre appareil le {date} à {time}. Apportez votre carte d'identité.",
    en: '{from}: you can pick up your device on {date} at {time}. Bring your identity card.',
    ar: '{from}: يمكنك استلام جهازك يوم {date} الساعة {time}. أحضر بطاقة هويتك.',
    tr: '{from}: cihazınızı {date} tarihinde saat {time} alabilirsiniz. Kimlik kartınızı getirin.',
    bg: '{from}: можете да вземете устройството си на {date} в {time}. Носете личната си карта.',
    ro: '{from}: vă puteți ridica dispozitivul pe {date} la ora {time}. Aduceți cartea de identitate.',
    pl: '{from}: urządzenie można odebrać {date} o {time}. Prosimy zabrać dowód osobisty.',
    sk: '{from}: zariadenie si môžete vyzdvihnúť {date} o {time}. Prineste si občiansky preukaz.',
    uk: '{from}: ви можете забрати свій пристрій {date} о {time}. Візьміть посвідчення особи.',
    ru: '{from}: вы можете забрать своё устройство {date} в {time}. Возьмите удостоверение личности.',
    fa: '{from}: می‌توانید دستگاه خود را روز {date} ساعت {time} تحویل بگیرید. کارت شناسایی خود را بیاورید.',
  },
  visit_reminder: {
    nl: '{from}: we komen bij u thuis op {date} om {time}. Lukt het niet? Bel ons.',
    fr: '{from} : nous venons chez vous le {date} à {time}. Empêché ? Appelez-nous.',
    en: '{from}: we will visit you at home on {date} at {time}. Cannot make it? Call us.',
    ar: '{from}: سنزورك في منزلك يوم {date} الساعة {time}. إذا لم تستطع، اتصل بنا.',
    tr: '{from}: {date} tarihinde saat {time} evinize geleceğiz. Olmazsa bizi arayın.',
    bg: '{from}: ще дойдем у вас на {date} в {time}. Ако не можете, обадете ни се.',
    ro: '{from}: venim la dumneavoastră acasă pe {date} la ora {time}. Nu puteți? Sunați-ne.',
    pl: '{from}: przyjdziemy do Pana/Pani domu {date} o {time}. Nie pasuje? Prosimy zadzwonić.',
    sk: '{from}: prídeme k vám domov {date} o {time}. Nemôžete? Zavolajte nám.',
    uk: '{from}: ми прийдемо до вас додому {date} о {time}. Не можете? Зателефонуйте нам.',
    ru: '{from}: мы придём к вам домой {date} в {time}. Не можете? Позвоните нам.',
    fa: '{from}: روز {date} ساعت {time} به خانه شما می‌آییم. اگر نمی‌توانید، با ما تماس بگیرید.',
  },
  visit_moved: {
    nl: '{from}: ons bezoek is verplaatst. Nieuwe afspraak: {date} om {time}.',
    fr: '{from} : notre visite est déplacée. Nouveau rendez-vous : le {date} à {time}.',
    en: '{from}: our visit has moved. New appointment: {date} at {time}.',
    ar: '{from}: تم تغيير موعد الزيارة. الموعد الجديد: {date} الساعة {time}.',
    tr: '{from}: ziyaretimiz değişti. Yeni randevu: {date} saat {time}.',
    bg: '{from}: посещението ни е преместено. Нов час: {date} в {time}.',
    ro: '{from}: vizita noastră s-a mutat. Noua programare: {date} la ora {time}.',
    pl: '{from}: wizyta została przeniesiona. Nowy termin: {date} o {time}.',
    sk: '{from}: návšteva sa presunula. Nový termín: {date} o {time}.',
    uk: '{from}: візит перенесено. Новий час: {date} о {time}.',
    ru: '{from}: визит перенесён. Новое время: {date} в {time}.',
    fa: '{from}: زمان دیدار تغییر کرد. زمان جدید: {date} ساعت {time}.',
  },
  visit_cancelled: {
    nl: '{from}: ons bezoek van {date} om {time} gaat niet door. We maken een nieuwe afspraak.',
    fr: '{from} : notre visite du {date} à {time} est annulée. Nous fixerons un nouveau rendez-vous.',
    en: '{from}: our visit on {date} at {time} is cancelled. We will make a new appointment.',
    ar: '{from}: أُلغيت زيارتنا يوم {date} الساعة {time}. سنحدد موعدًا جديدًا.',
    tr: '{from}: {date} saat {time} ziyaretimiz iptal. Yeni bir randevu vereceğiz.',
    bg: '{from}: посещението ни на {date} в {time} се отменя. Ще уговорим нов час.',
    ro: '{from}: vizita din {date} ora {time} este anulată. Vom face o nouă programare.',
    pl: '{from}: wizyta {date} o {time} jest odwołana. Umówimy nowy termin.',
    sk: '{from}: návšteva {date} o {time} sa ruší. Dohodneme nový termín.',
    uk: '{from}: візит {date} о {time} скасовано. Ми домовимося про новий час.',
    ru: '{from}: визит {date} в {time} отменён. Мы назначим новое время.',
    fa: '{from}: دیدار روز {date} ساعت {time} لغو شد. زمان جدیدی تعیین می‌کنیم.',
  },
  lesson_reminder: {
    nl: '{from}: uw les is op {date} om {time}, {place}. Tot dan!',
    fr: '{from} : votre cours est le {date} à {time}, {place}. À bientôt !',
    en: '{from}: your class is on {date} at {time}, {place}. See you then!',
    ar: '{from}: درسك يوم {date} الساعة {time}، {place}. إلى اللقاء!',
    tr: '{from}: dersiniz {date} saat {time}, {place}. Görüşmek üzere!',
    bg: '{from}: урокът ви е на {date} в {time}, {place}. До скоро!',
    ro: '{from}: cursul dumneavoastră este pe {date} la ora {time}, {place}. Pe curând!',
    pl: '{from}: zajęcia są {date} o {time}, {place}. Do zobaczenia!',
    sk: '{from}: vaša lekcia je {date} o {time}, {place}. Dovidenia!',
    uk: '{from}: ваше заняття {date} о {time}, {place}. До зустрічі!',
    ru: '{from}: ваше занятие {date} в {time}, {place}. До встречи!',
    fa: '{from}: کلاس شما روز {date} ساعت {time}، {place} است. به امید دیدار!',
  },
  lesson_moved: {
    nl: '{from}: uw les is verplaatst naar {date} om {time}, {place}.',
    fr: '{from} : votre cours est déplacé au {date} à {time}, {place}.',
    en: '{from}: your class has moved to {date} at {time}, {place}.',
    ar: '{from}: تم نقل درسك إلى {date} الساعة {time}، {place}.',
    tr: '{from}: dersiniz {date} saat {time} olarak değişti, {place}.',
    bg: '{from}: урокът ви е преместен на {date} в {time}, {place}.',
    ro: '{from}: cursul s-a mutat pe {date} la ora {time}, {place}.',
    pl: '{from}: zajęcia przeniesiono na {date} o {time}, {place}.',
    sk: '{from}: lekcia sa presunula na {date} o {time}, {place}.',
    uk: '{from}: заняття перенесено на {date} о {time}, {place}.',
    ru: '{from}: занятие перенесено на {date} в {time}, {place}.',
    fa: '{from}: کلاس شما به روز {date} ساعت {time}، {place} منتقل شد.',
  },
  lesson_cancelled: {
    nl: '{from}: uw les van {date} om {time} gaat niet door.',
    fr: '{from} : votre cours du {date} à {time} est annulé.',
    en: '{from}: your class on {date} at {time} is cancelled.',
    ar: '{from}: أُلغي درسك يوم {date} الساعة {time}.',
    tr: '{from}: {date} saat {time} dersiniz iptal edildi.',
    bg: '{from}: урокът ви на {date} в {time} се отменя.',
    ro: '{from}: cursul din {date} ora {time} este anulat.',
    pl: '{from}: zajęcia {date} o {time} są odwołane.',
    sk: '{from}: lekcia {date} o {time} sa ruší.',
    uk: '{from}: заняття {date} о {time} скасовано.',
    ru: '{from}: занятие {date} в {time} отменено.',
    fa: '{from}: کلاس روز {date} ساعت {time} لغو شد.',
  },
  cheque_nudge: {
    nl: '{from}: u hebt nog een Digicheque voor een uur hulp thuis. Bel ons om een afspraak te maken.',
    fr: '{from} : il vous reste un Digichèque pour une heure d’aide à domicile. Appelez-nous pour un rendez-vous.',
    en: '{from}: you still have a Digicheque for an hour of help at home. Call us to make an appointment.',
    ar: '{from}: لا يزال لديك شيك رقمي لساعة مساعدة في المنزل. اتصل بنا لتحديد موعد.',
    tr: '{from}: evde bir saatlik yardım için hâlâ bir Digicheque’iniz var. Randevu için bizi arayın.',
    bg: '{from}: имате още един Digicheque за час помощ у дома. Обадете ни се за час.',
    ro: '{from}: mai aveți un Digicheque pentru o oră de ajutor acasă. Sunați-ne pentru o programare.',
    pl: '{from}: ma Pan/Pani jeszcze Digicheque na godzinę pomocy w domu. Prosimy zadzwonić, aby umówić termin.',
    sk: '{from}: ešte máte Digicheque na hodinu pomoci doma. Zavolajte nám a dohodneme termín.',
    uk: '{from}: у вас ще є Digicheque на годину допомоги вдома. Зателефонуйте нам, щоб домовитися.',
    ru: '{from}: у вас ещё есть Digicheque на час помощи дома. Позвоните нам, чтобы договориться.',
    fa: '{from}: هنوز یک دیجی‌چک برای یک ساعت کمک در خانه دارید. برای تعیین وقت با ما تماس بگیرید.',
  },
  outcome_follow_up: {
    nl: '{from}: we bellen u binnenkort even om te horen hoe het gaat. Langskomen mag ook.',
    fr: '{from} : nous vous appellerons bientôt pour savoir comment ça va. Vous pouvez aussi passer nous voir.',
    en: '{from}: we will call you soon to hear how things are going. You are also welcome to drop by.',
    ar: '{from}: سنتصل بك قريبًا لنسأل كيف تسير الأمور. يمكنك أيضًا زيارتنا.',
    tr: '{from}: nasıl gittiğini sormak için yakında sizi arayacağız. Uğrayabilirsiniz de.',
    bg: '{from}: скоро ще ви се обадим да чуем как вървят нещата. Можете и да се отбиете.',
    ro: '{from}: vă sunăm în curând să aflăm cum merge. Puteți trece și pe la noi.',
    pl: '{from}: wkrótce zadzwonimy, aby zapytać, jak idzie. Można też do nas przyjść.',
    sk: '{from}: čoskoro vám zavoláme, ako sa vám darí. Môžete sa zastaviť aj u nás.',
    uk: '{from}: ми скоро зателефонуємо, щоб дізнатися, як справи. Можете також зайти до нас.',
    ru: '{from}: мы скоро позвоним, чтобы узнать, как дела. Можете также зайти к нам.',
    fa: '{from}: به‌زودی با شما تماس می‌گیریم تا بپرسیم اوضاع چطور است. می‌توانید به ما هم سر بزنید.',
  },
};

/** What a text is filled in with; a nudge or follow-up names no moment, so `date` and `time` may be left out. */
export type MessageValues = { from: string; date?: string; time?: string; place?: string };

/**
 * A message's text in the client's language, or in Dutch when that language has no text, with the
 * language used and whether that language's texts were reviewed.
 *
 * @example
 * renderMessage({ kind: 'visit_reminder', language: 'en', values: { from: 'Beego', date: '10/12', time: '09:00' } }).text;
 * // 'Beego: we will visit you at home on 10/12 at 09:00. Cannot make it? Call us.'
 */
export function renderMessage({
  kind,
  language,
  values,
}: {
  kind: MessageKind;
  language: string;
  values: MessageValues;
}): { text: string; language: ClientLanguage; reviewed: boolean } {
  const texts = MESSAGE_TEXTS[kind];
  const own = (texts as Record<string, string | undefined>)[language];
  const used = (own === undefined ? 'nl' : language) as ClientLanguage;
  const template = own ?? texts.nl;
  const text = template.replace(/\{(from|date|time|place)\}/g, (_, key: keyof MessageValues) =>
    (values[key] ?? '').trim(),
  );
  return {
    text: text.replace(/, \./g, '.').replace(/,\s*$/, ''),
    language: used,
    reviewed: MESSAGE_TEXT_REVIEW[used] === 'reviewed',
  };
}

/**
 * Appointments below this many in either group (with a reminder sent, without) are too few to compare
 * their missed rates: a difference that small groups show is chance more often than effect.
 */
export const REMINDER_EFFECT_MIN_APPOINTMENTS = 10;

/** Appointments that came to pass, and how many of them the client missed. */
export type MissedAppointments = { appointments: number; missed: number };

/** One group of the comparison, with its rate of missed appointments (`null` without appointments). */
export type MissedRate = MissedAppointments & { rate: number | null };

function missedRate(group: MissedAppointments): MissedRate {
  return {
    ...group,
    rate: group.appointments === 0 ? null : Math.round((group.missed / group.appointments) * 1000) / 1000,
  };
}

/**
 * Missed appointments with a reminder sent beforehand against those without, each with its rate, and
 * whether both groups are large enough (`minimum` appointments each) to compare.
 *
 * @example
 * compareReminderEffect({ withReminder: { appointments: 40, missed: 4 }, withoutReminder: { appointments: 20, missed: 6 } });
 * // { withReminder: { appointments: 40, missed: 4, rate: 0.1 }, withoutReminder: { appointments: 20, missed: 6, rate: 0.3 }, comparable: true }
 */
export function compareReminderEffect({
  withReminder,
  withoutReminder,
  minimum = REMINDER_EFFECT_MIN_APPOINTMENTS,
}: {
  withReminder: MissedAppointments;
  withoutReminder: MissedAppointments;
  minimum?: number;
}): { withReminder: MissedRate; withoutReminder: MissedRate; comparable: boolean } {
  return {
    withReminder: missedRate(withReminder),
    withoutReminder: missedRate(withoutReminder),
    comparable: withReminder.appointments >= minimum && withoutReminder.appointments >= minimum,
  };
}
