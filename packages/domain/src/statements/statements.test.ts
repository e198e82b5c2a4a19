import { describe, expect, it } from 'vitest';
import { defaultProgrammeSettings } from '../programme/programme';
import type { Redemption } from './statements';
import { buildMonthlyStatement, reconcileStatement } from './statements';

const settings = defaultProgrammeSettings();
const line = (chequeCode: string, date: string, minutes = 60): Redemption => ({
  chequeCode,
  clientId: 'cli_1',
  date,
  studentId: 'usr_7',
  minutes,
  purpose: 'free',
});

describe("a home-help partner's monthly statement", () => {
  it('lists the month’s redeemed cheques by date with totals in hours and cents', () => {
    const { statement, leftOut } = buildMonthlyStatement({
      month: '2025-04',
      redemptions: [line('B', '2025-04-20', 50), line('A', '2025-04-02', 75), line('C', '2025-04-20', 60)],
      alreadyStated: new Set(),
      settings,
    });
    expect(statement.lines.map((item) => item.chequeCode)).toEqual(['A', 'B', 'C']);
    expect(statement.totals).toEqual({ cheques: 3, minutesSpent: 185, chequeHours: 3, amountCents: 12_000 });
    expect(leftOut).toEqual([]);
  });

  it('leaves out cheques already stated, of another month, or listed twice', () => {
    const { statement, leftOut } = buildMonthlyStatement({
      month: '2025-04',
      redemptions: [
        line('A', '2025-04-02'),
        line('A', '2025-04-02'),
        line('B', '2025-03-31'),
        line('C', '2025-04-05'),
      ],
      alreadyStated: new Set(['C']),
      settings: { minutesPerCheque: 90, priceCentsPerCheque: 4550 },
    });
    expect(statement.totals).toEqual({ cheques: 1, minutesSpent: 60, chequeHours: 1.5, amountCents: 4550 });
    expect(leftOut.map((item) => [item.chequeCode, item.reason.code])).toEqual([
      ['A', 'statement.duplicate'],
      ['B', 'statement.other_month'],
      ['C', 'statement.already_stated'],
    ]);
  });

  it('is empty, with zero totals, for a month without redemptions', () => {
    const { statement } = buildMonthlyStatement({
      month: '2025-04',
      redemptions: [],
      alreadyStated: new Set(),
      settings,
    });
    expect(statement.totals).toEqual({ cheques: 0, minutesSpent: 0, chequeHours: 0, amountCents: 0 });
  });
});

describe('reconciling a statement with the welfare centre’s records', () => {
  it('balances when every line matches a record and no record is missing', () => {
    const statement = { month: '2025-04', lines: [line('A', '2025-04-02')] };
    expect(
      reconcileStatement({
        statement,
        records: [{ chequeCode: 'A', date: '2025-04-02', minutes: 60 }],
        alreadyStated: new Set(),
      }),
    ).toEqual({
      balanced: true,
      matched: ['A'],
      mismatched: [],
      missing: [],
      unknown: [],
      alreadyStated: [],
    });
  });

  it('sorts lines into matched, mismatched, missing, unknown and already stated', () => {
    const statement = {
      month: '2025-04',
      lines: [
        line('A', '2025-04-02'),
        line('B', '2025-04-03', 45),
        line('X', '2025-04-04'),
        line('S', '2025-04-05'),
        line('A', '2025-04-02'),
      ],
    };
    const result = reconcileStatement({
      statement,
      records: [
        { chequeCode: 'A', date: '2025-04-02', minutes: 60 },
        { chequeCode: 'B', date: '2025-04-04', minutes: 60 },
        { chequeCode: 'M', date: '2025-04-10', minutes: 60 },
        { chequeCode: 'S', date: '2025-04-05', minutes: 60 },
        { chequeCode: 'P', date: '2025-03-10', minutes: 60 },
      ],
      alreadyStated: new Set(['S']),
    });
    expect(result).toEqual({
      balanced: false,
      matched: ['A'],
      mismatched: [{ chequeCode: 'B', fields: ['date', 'minutes'] }],
      missing: ['M'],
      unknown: ['X'],
      alreadyStated: ['S', 'A'],
    });
  });
});
