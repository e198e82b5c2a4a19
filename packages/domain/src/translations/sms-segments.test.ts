import { describe, expect, it } from 'vitest';
import { measureSmsTemplate, SMS_MAX_SEGMENTS, smsSegments } from './sms-segments';

describe('counting SMS parts', () => {
  it('counts a GSM 7-bit text in characters, one part up to 160 and 153 a part beyond', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsSegments('a'.repeat(307))).toEqual({ encoding: 'gsm7', units: 307, segments: 3 });
  });

  it('counts a character of the extension table (braces, euro sign) twice', () => {
    expect(smsSegments('€{}')).toEqual({ encoding: 'gsm7', units: 6, segments: 1 });
  });

  it('switches the whole message to UCS-2 for one character outside GSM 7-bit: 70, then 67 a part', () => {
    expect(smsSegments(`ı${'a'.repeat(69)}`)).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSegments(`ı${'a'.repeat(70)}`)).toEqual({ encoding: 'ucs2', units: 71, segments: 2 });
    expect(smsSegments('Привет').encoding).toBe('ucs2');
  });

  it('keeps French accents of the GSM alphabet in GSM 7-bit, and not a typographic apostrophe', () => {
    expect(smsSegments('Appelez-nous à 9h, éé').encoding).toBe('gsm7');
    expect(smsSegments('l’appareil').encoding).toBe('ucs2');
  });
});

describe('measuring a message template', () => {
  it('fills its placeholders with typical values before counting', () => {
    const template = `{from}: ${'ваше заняття '.repeat(8)}{date} о {time}, {place}.`;
    const measured = measureSmsTemplate(template);
    expect(measured.encoding).toBe('ucs2');
    expect(measured.segments).toBeGreaterThan(SMS_MAX_SEGMENTS);
    expect(measured.withinLimit).toBe(false);
    expect(measureSmsTemplate('{from}: uw les van {date} om {time} gaat niet door.').withinLimit).toBe(true);
  });
});
