import { OUTCOME_ITEM_IDS } from '@digipakket/domain';
import { describe, expect, it } from 'vitest';
import { GENERATED_TABLES } from './data-generator.tables';
import { emptyBatch, generateTenant } from './data-generator.tenant';

/** One tenant's rows, with each row as an object by column name. */
function generate(clients: number) {
  const batch = emptyBatch();
  generateTenant({ seed: 11, tenantIndex: 0, clients, today: '2025-03-12', passwordHash: 'hash', batch });
  const rows = <T extends keyof typeof GENERATED_TABLES>(table: T) =>
    batch[table].map(
      (row) =>
        Object.fromEntries(
          GENERATED_TABLES[table].columns.map((column, index) => [column, row[index]]),
        ) as Record<string, unknown>,
    );
  return { rows };
}

describe('the outcome rounds in the generated data', () => {
  const { rows } = generate(1500);
  const intakes = rows('intakes').filter((intake) => intake.decision === 'approved');
  const rounds = rows('outcome_rounds');
  const answers = rows('outcome_answers');

  it('answers the baseline for most approved clients and every item of each round taken, once', () => {
    const baselines = rounds.filter((round) => round.round === 'baseline').length;
    expect(baselines / intakes.length).toBeGreaterThan(0.8);
    expect(baselines / intakes.length).toBeLessThan(0.95);
    expect(answers.length).toBe(rounds.length * OUTCOME_ITEM_IDS.length);
    const keys = new Set(rounds.map((round) => `${round.client_id}:${round.round}`));
    expect(keys.size).toBe(rounds.length);
  });

  it('has end rounds and follow-ups, fewer answered the later the round', () => {
    const count = (name: string) => rounds.filter((round) => round.round === name).length;
    expect(count('end')).toBeGreaterThan(50);
    expect(count('follow_up_3m')).toBeGreaterThan(0);
    expect(count('follow_up_3m')).toBeLessThan(count('end'));
  });

  it('raises confidence from the baseline to the end on average, and keeps every value on its scale', () => {
    const confidence = new Map<string, number>();
    for (const answer of answers) {
      if (answer.item_id === 'confidence')
        confidence.set(answer.round_id as string, answer.confidence as number);
      else expect(answer.confidence).toBeNull();
    }
    for (const value of confidence.values()) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of confidence.values()) expect(value).toBeLessThanOrEqual(10);
    const byClient = new Map<string, Record<string, number>>();
    for (const round of rounds) {
      const entry = byClient.get(round.client_id as string) ?? {};
      entry[round.round as string] = confidence.get(round.id as string)!;
      byClient.set(round.client_id as string, entry);
    }
    const gains = [...byClient.values()]
      .filter((entry) => entry.baseline !== undefined && entry.end !== undefined)
      .map((entry) => entry.end! - entry.baseline!);
    expect(gains.reduce((sum, gain) => sum + gain, 0) / gains.length).toBeGreaterThan(0.5);
  });
});
