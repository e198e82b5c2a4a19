import { describe, expect, it } from 'vitest';
import { visitRecord } from '../testing/fixtures';
import type { VisitRecord } from './visits';
import { validateVisit } from './visits';

const visit = visitRecord();
const today = '2025-04-02';

function codes(candidate: VisitRecord): string[] {
  const result = validateVisit({ visit: candidate, today });
  return result.ok ? [] : result.reasons.map((reason) => reason.code);
}

describe('a visit record', () => {
  it('is valid with a student, a past date, minutes in bounds and known topics', () => {
    expect(validateVisit({ visit, today })).toEqual({ ok: true, visit });
  });

  it.each([14, 241, 60.5])('refuses %s minutes', (minutes) => {
    expect(codes({ ...visit, minutes })).toEqual(['visit.minutes_out_of_range']);
  });

  it('accepts the bounds themselves', () => {
    expect(codes({ ...visit, minutes: 15 })).toEqual([]);
    expect(codes({ ...visit, minutes: 240 })).toEqual([]);
  });

  it('needs a student, a real date that is not in the future, and at least one topic', () => {
    expect(codes({ ...visit, studentId: '' })).toEqual(['visit.student_missing']);
    expect(codes({ ...visit, date: '2025-02-30' })).toEqual(['visit.date_invalid']);
    expect(codes({ ...visit, date: '2025-04-03' })).toEqual(['visit.date_in_future']);
    expect(codes({ ...visit, topics: [] })).toEqual(['visit.topics_missing']);
  });

  it('refuses a visit before the earliest day, naming the field and the window, and accepts that day itself', () => {
    const result = validateVisit({ visit: { ...visit, date: '1900-01-01' }, today, earliest: '2025-03-01' });
    expect(result).toEqual({
      ok: false,
      reasons: [
        {
          code: 'visit.date_out_of_range',
          field: 'visitedOn',
          date: '1900-01-01',
          earliest: '2025-03-01',
          latest: today,
        },
      ],
    });
    expect(validateVisit({ visit: { ...visit, date: '2025-03-01' }, today, earliest: '2025-03-01' }).ok).toBe(
      true,
    );
  });

  it('refuses unknown and repeated topics, and "other" without notes', () => {
    expect(codes({ ...visit, topics: ['wifi', 'wifi', 'gaming' as never, 'other'] })).toEqual([
      'visit.topic_duplicate',
      'visit.topic_unknown',
      'visit.other_topic_needs_notes',
    ]);
    expect(codes({ ...visit, topics: ['other'], notes: 'Printer set up' })).toEqual([]);
  });

  it('needs a reason when the student flags that the client needs follow-up', () => {
    expect(codes({ ...visit, needsFollowUp: true })).toEqual(['visit.follow_up_reason_missing']);
    expect(codes({ ...visit, needsFollowUp: true, followUpReason: 'Worried about debts' })).toEqual([]);
  });

  it('accepts custom bounds', () => {
    expect(
      validateVisit({ visit: { ...visit, minutes: 300 }, today, minutes: { min: 30, max: 300 } }).ok,
    ).toBe(true);
  });
});
