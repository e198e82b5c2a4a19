const GSM_7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters of the GSM 7-bit extension table: each takes two septets. */
const GSM_7_EXTENSION = '^{}\\[~]|€\f';

/**
 * How an SMS is sent and what it costs: in the GSM 7-bit alphabet when every character is in it (160
 * per single message, 153 per part of a longer one; `{`, `€`, ... count twice), else in UCS-2 (70,
 * or 67 per part, counted in UTF-16 units): one character outside GSM 7-bit (Arabic, Cyrillic,
 * Turkish `ı` or `ş`, Polish `ł`, a typographic apostrophe) switches the whole message.
 *
 * @example
 * smsSegments('Beego: we komen op 24/12 om 14:30.'); // { encoding: 'gsm7', units: 34, segments: 1 }
 * smsSegments('Beego: ми прийдемо 24/12 о 14:30.').encoding; // 'ucs2'
 */
export function smsSegments(text: string): { encoding: 'gsm7' | 'ucs2'; units: number; segments: number } {
  let septets = 0;
  for (const character of text) {
    if (GSM_7_BASIC.includes(character)) septets += 1;
    else if (GSM_7_EXTENSION.includes(character)) septets += 2;
    else {
      const units = text.length;
      return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'gsm7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

/**
 * The most SMS parts a message may take once filled in with {@link SMS_SAMPLE_VALUES}: every template
 * of the twelve languages fits, so a translation that needs more is refused (one part is 160 GSM 7-bit
 * characters or 70 in UCS-2, which most non-Latin scripts need).
 */
export const SMS_MAX_SEGMENTS = 2;

/**
 * Values as long as real ones tend to be, to measure a template: the partner's name, a date, a time
 * and a place. A placeholder not named here counts as 20 characters.
 */
export const SMS_SAMPLE_VALUES: Readonly<Record<string, string>> = {
  from: 'Beego Gent (ICT-hulp)',
  date: '24/12',
  time: '14:30',
  place: 'Bibliotheek De Krook, zaal 2',
};

/**
 * How long a message template is once sent: its placeholders filled with {@link SMS_SAMPLE_VALUES},
 * measured by {@link smsSegments}, and whether that is within {@link SMS_MAX_SEGMENTS}.
 *
 * @example
 * measureSmsTemplate('{from}: uw les is verplaatst naar {date} om {time}, {place}.').withinLimit; // true
 */
export function measureSmsTemplate(template: string): ReturnType<typeof smsSegments> & {
  withinLimit: boolean;
} {
  const filled = template.replace(
    /\{(\w+)\}/g,
    (_, name: string) => SMS_SAMPLE_VALUES[name] ?? 'x'.repeat(20),
  );
  const measured = smsSegments(filled);
  return { ...measured, withinLimit: measured.segments <= SMS_MAX_SEGMENTS };
}
