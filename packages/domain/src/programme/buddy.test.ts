import { describe, expect, it } from 'vitest';
import { checkBuddyEndDate, checkBuddyMeetingDate, checkBuddyPairingDates, mayPairWithBuddy } from './buddy';

const offered = { chequesInsteadOfTraining: false, extraCheques: 2, digibuddy: true };
const notOffered = { ...offered, digibuddy: false };

describe('mayPairWithBuddy', () => {
  it('allows a pairing when the programme offers the Digibuddy variation', () => {
    expect(mayPairWithBuddy({ variations: offered, package: null })).toBe(true);
    expect(mayPairWithBuddy({ variations: offered, package: { digibuddy: false } })).toBe(true);
  });

  it('allows a pairing when the client package was changed to include a Digibuddy', () => {
    expect(mayPairWithBuddy({ variations: notOffered, package: { digibuddy: true } })).toBe(true);
  });

  it('refuses a pairing when neither the programme nor the package has one', () => {
    expect(mayPairWithBuddy({ variations: notOffered, package: null })).toBe(false);
    expect(mayPairWithBuddy({ variations: notOffered, package: { digibuddy: false } })).toBe(false);
  });
});

describe('checkBuddyPairingDates', () => {
  it('accepts a pairing that started today with an agreed end later', () => {
    expect(
      checkBuddyPairingDates({ startedOn: '2025-03-03', agreedEndOn: '2025-09-03', today: '2025-03-03' }),
    ).toEqual({ ok: true });
  });

  it('refuses a start in the future and an agreed end before the start', () => {
    expect(
      checkBuddyPairingDates({ startedOn: '2025-03-04', agreedEndOn: '2025-09-03', today: '2025-03-03' }),
    ).toEqual({ ok: false, reasons: [{ code: 'buddy.starts_in_future' }] });
    expect(
      checkBuddyPairingDates({ startedOn: '2025-03-01', agreedEndOn: '2025-02-28', today: '2025-03-03' }),
    ).toEqual({ ok: false, reasons: [{ code: 'buddy.agreed_end_before_start' }] });
  });
});

describe('checkBuddyMeetingDate', () => {
  const check = (metOn: string) =>
    checkBuddyMeetingDate({ startedOn: '2025-03-01', metOn, today: '2025-03-10' });

  it.each(['2025-03-01', '2025-03-10'])(
    'accepts a meeting between the start and today, both included: %s',
    (metOn) => {
      expect(check(metOn).ok).toBe(true);
    },
  );

  it.each([
    ['2025-02-28', 'buddy.meeting_before_start'],
    ['2025-03-11', 'buddy.meeting_in_future'],
  ])('refuses a meeting before the start or in the future: %s', (metOn, code) => {
    expect(check(metOn)).toEqual({ ok: false, reasons: [{ code }] });
  });
});

describe('checkBuddyEndDate', () => {
  const check = (endedOn: string, today = '2025-03-10') =>
    checkBuddyEndDate({ startedOn: '2025-03-01', endedOn, today });

  it('accepts an end on the start day or later, up to today', () => {
    expect(check('2025-03-01', '2025-03-01').ok).toBe(true);
  });

  it.each([
    ['2025-02-01', 'buddy.end_before_start'],
    ['2025-03-11', 'buddy.end_in_future'],
  ])('refuses an end before the start or in the future: %s', (endedOn, code) => {
    expect(check(endedOn)).toEqual({ ok: false, reasons: [{ code }] });
  });
});
