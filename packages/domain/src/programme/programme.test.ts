import { describe, expect, it } from 'vitest';
import { defaultProgrammeSettings, validateProgrammeSettings } from './programme';
import type { Wave } from './waves';
import { checkWaveCapacity, demandOfPackages, validateWave } from './waves';

describe('programme settings', () => {
  it('default to the fiche: two one-hour cheques, three sessions of which two complete the course', () => {
    const settings = defaultProgrammeSettings();
    expect(settings).toMatchObject({
      chequesPerClient: 2,
      minutesPerCheque: 60,
      chequeValidityMonths: 12,
      basicSessions: 3,
      sessionsToComplete: 2,
      attendanceCorrectionDays: 7,
      variations: { chequesInsteadOfTraining: false, digibuddy: false },
      followUp: { sessionChangeNoticeDays: 3 },
    });
    expect(settings.languages).toContain('nl');
    expect(validateProgrammeSettings({ settings })).toEqual({ ok: true, settings });
  });

  it('name every field out of range with a dotted code', () => {
    const settings = defaultProgrammeSettings();
    const result = validateProgrammeSettings({
      settings: {
        ...settings,
        chequesPerClient: -1,
        minutesPerCheque: 30.5,
        followUp: { ...settings.followUp, inactiveDays: 0 },
        variations: { ...settings.variations, extraCheques: 99 },
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons.map((reason) => reason.code)).toEqual([
        'programme.cheques_per_client.out_of_range',
        'programme.minutes_per_cheque.out_of_range',
        'programme.variations.extra_cheques.out_of_range',
        'programme.follow_up.inactive_days.out_of_range',
      ]);
    }
  });

  it('keep the attendance correction window within a month and a short notice within thirty days', () => {
    const settings = defaultProgrammeSettings();
    const result = validateProgrammeSettings({
      settings: {
        ...settings,
        attendanceCorrectionDays: 32,
        followUp: { ...settings.followUp, sessionChangeNoticeDays: 0 },
      },
    });
    expect(result.ok ? [] : result.reasons.map((reason) => reason.code)).toEqual([
      'programme.attendance_correction_days.out_of_range',
      'programme.follow_up.session_change_notice_days.out_of_range',
    ]);
    expect(validateProgrammeSettings({ settings: { ...settings, attendanceCorrectionDays: 0 } }).ok).toBe(
      true,
    );
  });

  it('refuse a completion threshold above the number of sessions', () => {
    const result = validateProgrammeSettings({
      settings: { ...defaultProgrammeSettings(), sessionsToComplete: 4 },
    });
    expect(result).toMatchObject({
      ok: false,
      reasons: [{ code: 'programme.sessions_to_complete.exceeds_sessions' }],
    });
  });

  it('refuse an empty, unknown or repeated language list', () => {
    const settings = defaultProgrammeSettings();
    expect(validateProgrammeSettings({ settings: { ...settings, languages: [] } })).toMatchObject({
      ok: false,
      reasons: [{ code: 'programme.languages.empty' }],
    });
    const odd = validateProgrammeSettings({
      settings: { ...settings, languages: ['nl', 'nl', 'de' as never] },
    });
    expect(odd.ok ? [] : odd.reasons.map((reason) => reason.code)).toEqual([
      'programme.languages.unknown',
      'programme.languages.duplicate',
    ]);
  });
});

const wave: Wave = {
  id: 'wav_1',
  name: 'Spring 2025',
  pickupFrom: '2025-04-01',
  pickupUntil: '2025-04-30',
  capacity: { laptops: 50, chequeHours: 100, trainingSeats: 36 },
};

describe('wave capacity', () => {
  it('computes the demand of recommended packages', () => {
    expect(
      demandOfPackages({
        packages: [
          { laptop: true, cheques: 2, basicCourse: true },
          { laptop: true, cheques: 0, basicCourse: false },
          { laptop: false, cheques: 1, basicCourse: false },
        ],
        minutesPerCheque: 90,
      }),
    ).toEqual({ laptops: 2, chequeHours: 4.5, trainingSeats: 1 });
  });

  it('accepts a plan that fits and says what remains', () => {
    expect(checkWaveCapacity({ wave, adding: { laptops: 50, chequeHours: 10, trainingSeats: 0 } })).toEqual({
      ok: true,
      remaining: { laptops: 0, chequeHours: 90, trainingSeats: 36 },
    });
  });

  it('names every capacity that would overflow, and by how much', () => {
    const result = checkWaveCapacity({
      wave,
      committed: { laptops: 48, chequeHours: 90, trainingSeats: 30 },
      adding: { laptops: 5, chequeHours: 10, trainingSeats: 8 },
    });
    expect(result).toEqual({
      ok: false,
      reasons: [
        { code: 'wave.capacity_exceeded', capacity: 'laptops', limit: 50, needed: 53, overflowBy: 3 },
        { code: 'wave.capacity_exceeded', capacity: 'trainingSeats', limit: 36, needed: 38, overflowBy: 2 },
      ],
    });
  });

  it('validates a wave', () => {
    expect(validateWave({ wave })).toEqual({ ok: true, wave });
    const result = validateWave({
      wave: {
        ...wave,
        name: ' ',
        pickupFrom: '2025-05-01',
        pickupUntil: '2025-04-01',
        capacity: { laptops: 1.5, chequeHours: 2.5, trainingSeats: -1 },
      },
    });
    expect(result.ok ? [] : result.reasons.map((reason) => reason.code)).toEqual([
      'wave.name.missing',
      'wave.pickup_period.reversed',
      'wave.capacity.invalid',
      'wave.capacity.invalid',
    ]);
    const dates = validateWave({ wave: { ...wave, pickupFrom: '2025-02-30', pickupUntil: 'soon' } });
    expect(dates.ok ? [] : dates.reasons.map((reason) => reason.code)).toEqual([
      'wave.pickup_from.invalid',
      'wave.pickup_until.invalid',
    ]);
  });
});

describe('the second-cheque nudge setting', () => {
  it('takes 0 to 26 weeks and refuses anything else with a code that names the field', () => {
    const settings = defaultProgrammeSettings();
    expect(settings.secondChequeNudgeWeeks).toBe(4);
    expect(validateProgrammeSettings({ settings: { ...settings, secondChequeNudgeWeeks: 0 } }).ok).toBe(true);
    expect(validateProgrammeSettings({ settings: { ...settings, secondChequeNudgeWeeks: 26 } }).ok).toBe(
      true,
    );
    for (const weeks of [-1, 27, 2.5]) {
      const result = validateProgrammeSettings({ settings: { ...settings, secondChequeNudgeWeeks: weeks } });
      expect(result).toMatchObject({
        ok: false,
        reasons: [
          { code: 'programme.second_cheque_nudge_weeks.out_of_range', field: 'secondChequeNudgeWeeks' },
        ],
      });
    }
  });
});
