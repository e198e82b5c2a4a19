import { isChequeCode } from '@digipakket/domain';
import { describe, expect, it } from 'vitest';
import { isIdOf } from '../../ground/shared/ids';
import { createGeneratorRandom, mixSeed } from './data-generator.random';
import { cellText, copyLine } from './data-generator.sinks';
import { checkTableCatalogue, GENERATED_TABLES } from './data-generator.tables';
import { emptyBatch, generateTenant } from './data-generator.tenant';

function generate({
  seed,
  tenantIndex = 0,
  clients = 200,
}: {
  seed: number;
  tenantIndex?: number;
  clients?: number;
}) {
  const batch = emptyBatch();
  generateTenant({ seed, tenantIndex, clients, today: '2025-03-12', passwordHash: 'hash', batch });
  return batch;
}

describe('data generator', () => {
  it('gives the same first rows of every table for the same seed', () => {
    const first = generate({ seed: 7 });
    const second = generate({ seed: 7 });
    for (const table of Object.keys(first) as (keyof typeof first)[]) {
      expect(second[table].slice(0, 5)).toEqual(first[table].slice(0, 5));
      expect(second[table].length).toBe(first[table].length);
    }
  });

  it('gives other rows for another seed', () => {
    expect(generate({ seed: 8 }).clients[0]).not.toEqual(generate({ seed: 7 }).clients[0]);
  });

  it('makes ids in the API format and cheque codes the domain accepts', () => {
    const batch = generate({ seed: 3 });
    const idOf = (table: keyof typeof batch, row: number) => batch[table][row]![0] as string;
    expect(isIdOf({ kind: 'client', value: idOf('clients', 0) })).toBe(true);
    expect(isIdOf({ kind: 'cheque', value: idOf('cheques', 0) })).toBe(true);
    const codeColumn = GENERATED_TABLES.cheques.columns.indexOf('code');
    expect(batch.cheques.every((row) => isChequeCode(row[codeColumn] as string))).toBe(true);
  });

  it('never enrols more learners in a group than it has seats', () => {
    const batch = generate({ seed: 5 });
    const columns = GENERATED_TABLES.course_groups.columns;
    const capacity = columns.indexOf('capacity');
    const enrolledCount = columns.indexOf('enrolled_count');
    const enrolmentColumns = GENERATED_TABLES.enrolments.columns;
    for (const group of batch.course_groups) {
      const enrolled = batch.enrolments.filter(
        (row) =>
          row[enrolmentColumns.indexOf('group_id')] === group[0] &&
          row[enrolmentColumns.indexOf('status')] === 'enrolled',
      ).length;
      expect(enrolled).toBe(group[enrolledCount]);
      expect(enrolled).toBeLessThanOrEqual(group[capacity] as number);
    }
  });

  it('puts cheques in every status', () => {
    const batch = generate({ seed: 11, clients: 1000 });
    const status = GENERATED_TABLES.cheques.columns.indexOf('status');
    expect(new Set(batch.cheques.map((row) => row[status]))).toEqual(
      new Set(['issued', 'requested', 'scheduled', 'redeemed', 'expired', 'cancelled']),
    );
  });

  it('matches the columns of the API tables', () => {
    expect(checkTableCatalogue().problems).toEqual([]);
  });

  it('writes COPY text with escapes, NULLs, arrays and JSON', () => {
    expect(copyLine(['a\tb', null, ['x', 'y "z"'], { k: 'v\n' }, 3, true])).toBe(
      // The array literal escapes its quotes with a backslash, which COPY's text format escapes again.
      'a\\tb\t\\N\t{"x","y \\\\"z\\\\""}\t{"k":"v\\\\n"}\t3\ttrue\n',
    );
    expect(cellText(['back\\slash'])).toBe('{"back\\\\slash"}');
  });

  it('draws the same numbers from the same seed', () => {
    const a = createGeneratorRandom({ seed: 42 });
    const b = createGeneratorRandom({ seed: 42 });
    expect([a.next(), a.id('client'), a.int(1, 6)]).toEqual([b.next(), b.id('client'), b.int(1, 6)]);
  });

  it('gives seeds twenty counter steps apart (one id) streams that share no id', () => {
    // A one-counter generator (mulberry32 steps by 0x6d2b79f5, splitmix32 by 0x9e3779b9) would give the
    // second seed the first one's stream 20 numbers (one id) later: every id but one shared.
    for (const step of [0x6d2b79f5, 0x9e3779b9]) {
      const first = createGeneratorRandom({ seed: 7 });
      const second = createGeneratorRandom({ seed: (7 + Math.imul(20, step)) >>> 0 });
      const ids = new Set(Array.from({ length: 2000 }, () => first.id('device')));
      const shared = Array.from({ length: 2000 }, () => second.id('device')).filter((id) => ids.has(id));
      expect(shared).toEqual([]);
    }
  });

  it('makes no id twice across the streams of 300 tenants', () => {
    const ids = new Set<string>();
    for (let stream = 0; stream < 300; stream += 1) {
      const random = createGeneratorRandom({ seed: mixSeed({ seed: 1, stream }) });
      for (let n = 0; n < 300; n += 1) ids.add(random.id('device'));
    }
    expect(ids.size).toBe(300 * 300);
  });
});
