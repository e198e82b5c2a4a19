import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProgrammeSettings, validateProgrammeSettings } from './programme';
import { homeHelpHoursAvailable, WAVE_HOME_HELP_TAIL_DAYS } from './waves';

const april = { pickupFrom: '2025-04-01', pickupUntil: '2025-04-30' };

describe("the home-help partner's hours for a wave", () => {
  it('count the agreed hours per month over the pickup period and the tail after it', () => {
    expect(WAVE_HOME_HELP_TAIL_DAYS).toBe(30);
    expect(homeHelpHoursAvailable({ hoursPerMonth: 60, wave: april, otherWaves: [] })).toEqual({
      hours: 120,
    });
    expect(
      homeHelpHoursAvailable({
        hoursPerMonth: 30,
        wave: { pickupFrom: '2025-04-01', pickupUntil: '2025-04-01' },
        otherWaves: [],
      }),
    ).toEqual({ hours: 31 });
  });

  it('take off the share of other waves whose home-help days overlap', () => {
    const may = { pickupFrom: '2025-05-01', pickupUntil: '2025-05-30', chequeHours: 60 };
    // May's 60 days (May 1 to June 29) overlap April's (April 1 to May 30) on 30 days: half its hours.
    expect(homeHelpHoursAvailable({ hoursPerMonth: 60, wave: april, otherWaves: [may] })).toEqual({
      hours: 90,
    });
  });

  it('ignore waves that do not overlap, and never go below zero', () => {
    const autumn = { pickupFrom: '2025-10-01', pickupUntil: '2025-10-31', chequeHours: 500 };
    const sameTime = { ...april, chequeHours: 500 };
    expect(homeHelpHoursAvailable({ hoursPerMonth: 60, wave: april, otherWaves: [autumn] }).hours).toBe(120);
    expect(homeHelpHoursAvailable({ hoursPerMonth: 60, wave: april, otherWaves: [sameTime] }).hours).toBe(0);
  });

  it('never give more than the agreement, whatever the other waves', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((offset) => {
      const date = new Date(Date.UTC(2025, 0, 1 + offset));
      return date.toISOString().slice(0, 10);
    });
    const period = fc.tuple(day, fc.integer({ min: 0, max: 90 })).map(([from, length]) => ({
      pickupFrom: from,
      pickupUntil: new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10),
    }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        period,
        fc.array(fc.record({ period, chequeHours: fc.integer({ min: 0, max: 1000 }) }), { maxLength: 5 }),
        (hoursPerMonth, wave, others) => {
          const free = homeHelpHoursAvailable({
            hoursPerMonth,
            wave,
            otherWaves: others.map((other) => ({ ...other.period, chequeHours: other.chequeHours })),
          }).hours;
          const alone = homeHelpHoursAvailable({ hoursPerMonth, wave, otherWaves: [] }).hours;
          expect(free).toBeGreaterThanOrEqual(0);
          expect(free).toBeLessThanOrEqual(alone);
          expect(Number.isInteger(free)).toBe(true);
        },
      ),
    );
  });

  it('are a programme setting that is off (0) by default and kept within range', () => {
    const settings = defaultProgrammeSettings();
    expect(settings.homeHelpHoursPerMonth).toBe(0);
    const result = validateProgrammeSettings({ settings: { ...settings, homeHelpHoursPerMonth: -5 } });
    expect(result).toMatchObject({
      ok: false,
      reasons: [{ code: 'programme.home_help_hours_per_month.out_of_range', field: 'homeHelpHoursPerMonth' }],
    });
  });
});
