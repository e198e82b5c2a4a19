import { describe, expect, it } from 'vitest';
import { CLIENT_LANGUAGE_CODES } from '../languages/languages';
import { translate } from '../translations/translations';
import {
  chooseChannel,
  compareReminderEffect,
  MESSAGE_KINDS,
  REMINDER_EFFECT_MIN_APPOINTMENTS,
  reminderMoments,
  renderMessage,
  retryDelaySeconds,
} from './messages';

describe('choosing the channel of a message', () => {
  it('takes the preferred channel when the client agreed to it and has the number or address', () => {
    expect(
      chooseChannel({
        consents: { sms: true, email: true },
        preferred: 'email',
        hasPhone: true,
        hasEmail: true,
      }),
    ).toBe('email');
  });

  it('falls back to SMS, then e-mail, then a letter when the preferred channel cannot be used', () => {
    expect(
      chooseChannel({ consents: { sms: true }, preferred: 'email', hasPhone: true, hasEmail: true }),
    ).toBe('sms');
    expect(
      chooseChannel({ consents: { sms: true }, preferred: null, hasPhone: false, hasEmail: false }),
    ).toBe('letter');
  });

  it('sends nothing to a client who refused letters and gave no other channel', () => {
    expect(
      chooseChannel({ consents: { letter: false }, preferred: null, hasPhone: true, hasEmail: true }),
    ).toBe(null);
  });
});

describe('the moments of an appointment’s reminders', () => {
  const startsAt = new Date('2026-12-10T09:00:00Z');

  it('sends each reminder whole days before, at the same time of day, earliest first', () => {
    expect(reminderMoments({ startsAt, daysBefore: [1, 5], now: new Date('2026-12-01T00:00:00Z') })).toEqual([
      { daysBefore: 5, sendAt: new Date('2026-12-05T09:00:00Z') },
      { daysBefore: 1, sendAt: new Date('2026-12-09T09:00:00Z') },
    ]);
  });

  it('leaves out reminders whose moment has passed, and every reminder of a past appointment', () => {
    expect(reminderMoments({ startsAt, daysBefore: [5, 1], now: new Date('2026-12-07T09:00:00Z') })).toEqual([
      { daysBefore: 1, sendAt: new Date('2026-12-09T09:00:00Z') },
    ]);
    expect(reminderMoments({ startsAt, daysBefore: [5, 1], now: new Date('2026-12-11T09:00:00Z') })).toEqual(
      [],
    );
  });
});

describe('the texts of messages', () => {
  it('has a text in every client language for every kind, each with the same placeholders as the Dutch one', () => {
    for (const kind of MESSAGE_KINDS) {
      const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();
      for (const language of CLIENT_LANGUAGE_CODES) {
        const own = translate({ key: `message.${kind}`, language });
        expect(own.language, `${kind} ${language}`).toBe(language);
        expect(placeholders(own.text), `${kind} ${language}`).toEqual(
          placeholders(translate({ key: `message.${kind}`, language: 'nl' }).text),
        );
      }
    }
  });

  it('fits one SMS (160 characters of the GSM alphabet, 70 otherwise) with realistic values', () => {
    const values = { from: 'Ligo Gent', date: '10/12', time: '09:30', place: 'Bibliotheek De Krook' };
    for (const kind of MESSAGE_KINDS) {
      for (const language of CLIENT_LANGUAGE_CODES) {
        const { text } = renderMessage({ kind, language, values });
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the GSM-7 test is a range of code points
        const limit = /^[\u0000-\u00ff€]*$/.test(text) ? 160 : 140;
        expect(text.length, `${kind} ${language}: ${text}`).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('fills in the values and falls back to Dutch for a language without texts', () => {
    expect(
      renderMessage({
        kind: 'visit_reminder',
        language: 'en',
        values: { from: 'Beego', date: '10/12', time: '09:00' },
      }),
    ).toEqual({
      text: 'Beego: we will visit you at home on 10/12 at 09:00. Cannot make it? Call us.',
      language: 'en',
      reviewed: true,
    });
    const fallback = renderMessage({
      kind: 'lesson_cancelled',
      language: 'de',
      values: { from: 'Ligo', date: '10/12', time: '09:00' },
    });
    expect(fallback.language).toBe('nl');
    expect(fallback.text).toBe('Ligo: uw les van 10/12 om 09:00 gaat niet door.');
  });

  it('marks the languages nobody reviewed yet as such', () => {
    expect(
      renderMessage({ kind: 'visit_moved', language: 'tr', values: { from: 'B', date: '1/1', time: '9:00' } })
        .reviewed,
    ).toBe(false);
  });
});

describe('retrying a transient failure', () => {
  it('waits a minute, doubling per attempt, never more than an hour', () => {
    expect([1, 2, 3, 10].map((attempts) => retryDelaySeconds({ attempts }))).toEqual([60, 120, 240, 3600]);
  });
});

describe('the effect of reminders', () => {
  it('gives each group its rate of missed appointments and compares them only when both are large enough', () => {
    expect(
      compareReminderEffect({
        withReminder: { appointments: 40, missed: 4 },
        withoutReminder: { appointments: 20, missed: 6 },
      }),
    ).toEqual({
      withReminder: { appointments: 40, missed: 4, rate: 0.1 },
      withoutReminder: { appointments: 20, missed: 6, rate: 0.3 },
      comparable: true,
    });
    const few = compareReminderEffect({
      withReminder: { appointments: 40, missed: 4 },
      withoutReminder: { appointments: REMINDER_EFFECT_MIN_APPOINTMENTS - 1, missed: 3 },
    });
    expect(few.comparable).toBe(false);
    expect(
      compareReminderEffect({
        withReminder: { appointments: 0, missed: 0 },
        withoutReminder: { appointments: 3, missed: 1 },
      }).withReminder.rate,
    ).toBeNull();
  });
});

describe('messages without an appointment', () => {
  it('render the nudge and the follow-up without a date or time', () => {
    expect(renderMessage({ kind: 'cheque_nudge', language: 'en', values: { from: 'Beego' } }).text).toBe(
      'Beego: you still have a Digicheque for an hour of help at home. Call us to make an appointment.',
    );
    expect(
      renderMessage({ kind: 'outcome_follow_up', language: 'nl', values: { from: 'Digipakket' } }).text,
    ).toBe('Digipakket: we bellen u binnenkort even om te horen hoe het gaat. Langskomen mag ook.');
  });
});
