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
  it('accepts a meeting between the start and today, both included', () => {
    expect(
      checkBuddyMeetingDate({ startedOn: '2025-03-01', metOn: '2025-03-01', today: '2025-03-10' }).ok,
    ).toBe(true);
    expect(
      checkBuddyMeetingDate({ startedOn: '2025-03-01', metOn: '2025-03-10', today: '2025-03-10' }).ok,
    ).toBe(true);
  });

  it('refuses a meeting before the start or in the future', () => {
    expect(
      checkBuddyMeetingDate({ startedOn: '2025-03-01', metOn: '2025-02-28', today: '2025-03-10' }),
    ).toEqual({
      ok: false,
      reasons: [{ code: 'buddy.meeting_before_start' }],
    });
    expect(
      checkBuddyMeetingDate({ startedOn: '2025-03-01', metOn: '2025-03-11', today: '2025-03-10' }),
    ).toEqual({
      ok: false,
      reasons: [{ code: 'buddy.meeting_in_future' }],
    });
  });
});

describe('checkBuddyEndDate', () => {
  it('accepts an end on the start day or later, up to today', () => {
    expect(
      checkBuddyEndDate({ startedOn: '2025-03-01', endedOn: '2025-03-01', today: '2025-03-01' }).ok,
    ).toBe(true);
  });

  it('refuses an end before the start or in the future', () => {
    expect(
      checkBuddyEndDate({ startedOn: '2025-03-01', endedOn: '2025-02-01', today: '2025-03-10' }),
    ).toEqual({
      ok: false,
      reasons: [{ code: 'buddy.end_before_start' }],
    });
    expect(
      checkBuddyEndDate({ startedOn: '2025-03-01', endedOn: '2025-03-11', today: '2025-03-10' }),
    ).toEqual({
      ok: false,
      reasons: [{ code: 'buddy.end_in_future' }],
    });
  });
});
