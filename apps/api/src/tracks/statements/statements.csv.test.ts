import { describe, expect, it } from 'vitest';
import type { Statement } from './statements.schemas';
import { statementToCsv } from './statements.usecases';

const statement: Statement = {
  id: 'stm_1',
  tenantId: 'ten_1',
  tenantName: 'OCMW Gent',
  homeHelpOrgName: 'Beego',
  month: '2025-02',
  status: 'draft',
  createdAt: '2025-03-01T09:00:00.000Z',
  sentAt: null,
  totals: { cheques: 2, minutesSpent: 105, chequeHours: 2, amountCents: 8000, priceCentsPerCheque: 4000 },
  lines: [
    {
      id: 'stl_1',
      chequeId: 'chq_1',
      chequeCode: 'K7QM3XRT9PH',
      clientName: '=HYPERLINK("http://evil")',
      visitedOn: '2025-02-03',
      studentName: 'Yassin; El Idrissi',
      minutes: 45,
      purpose: 'installation',
      priceCents: 4000,
      reconciliation: null,
    },
    {
      id: 'stl_2',
      chequeId: 'chq_2',
      chequeCode: 'ABCD2345678',
      clientName: 'Anna Peeters',
      visitedOn: '2025-02-10',
      studentName: 'Yassin El Idrissi',
      minutes: 60,
      purpose: 'free',
      priceCents: 4000,
      reconciliation: null,
    },
  ],
};

describe('the statement as CSV', () => {
  it('writes one row per line and the totals, separated by semicolons, with decimal commas and a BOM for Excel', () => {
    const csv = statementToCsv({ statement });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('date;cheque_code;client;student;minutes;purpose;price_eur');
    expect(rows[2]).toBe('2025-02-10;ABCD2345678;Anna Peeters;Yassin El Idrissi;60;free;40,00');
    expect(rows).toContain('amount_eur;80,00');
    expect(rows).toContain('cheque_hours;2');
  });

  it('neutralises formulas and quotes cells with separators or quotes', () => {
    const rows = statementToCsv({ statement }).slice(1).split('\r\n');
    expect(rows[1]).toBe(
      `2025-02-03;K7QM3XRT9PH;"'=HYPERLINK(""http://evil"")";"Yassin; El Idrissi";45;installation;40,00`,
    );
  });
});
