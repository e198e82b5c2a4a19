import type { Reason } from '../shared/result';
import type { CalendarDate } from '../shared/time';
import { isCalendarDate } from '../shared/time';

/**
 * The checklist of what a home visit can cover; `other` needs a note.
 *
 * @example
 * VISIT_TOPICS.includes('wifi'); // true
 */
export const VISIT_TOPICS = [
  'installed_laptop',
  'wifi',
  'email',
  'eid_itsme_login',
  'video_calling',
  'safety_updates',
  'files_photos',
  'office_basics',
  'other',
] as const;

/** One of {@link VISIT_TOPICS}. @example const topic: VisitTopic = 'eid_itsme_login'; */
export type VisitTopic = (typeof VISIT_TOPICS)[number];

/**
 * The bounds on a visit's length in minutes.
 *
 * @example
 * VISIT_MINUTES; // { min: 15, max: 240 }
 */
export const VISIT_MINUTES = { min: 15, max: 240 } as const;

/**
 * What a student records about one home visit; a redeemed cheque has exactly one. When
 * `needsFollowUp` is set, `followUpReason` says why, for the social worker.
 *
 * @example
 * const visit: VisitRecord = { studentId: 'usr_7', date: '2025-04-02', minutes: 60, topics: ['installed_laptop', 'wifi'],
 *   notes: 'Laptop set up, Wi-Fi works.', needsFollowUp: false };
 */
export interface VisitRecord {
  readonly studentId: string;
  readonly date: CalendarDate;
  readonly minutes: number;
  readonly topics: readonly VisitTopic[];
  readonly notes: string;
  readonly needsFollowUp: boolean;
  readonly followUpReason?: string;
}

/**
 * Codes {@link validateVisit} can return.
 *
 * @example
 * const code: VisitReasonCode = 'visit.minutes_out_of_range';
 */
export type VisitReasonCode =
  | 'visit.student_missing'
  | 'visit.date_invalid'
  | 'visit.date_in_future'
  | 'visit.date_out_of_range'
  | 'visit.minutes_out_of_range'
  | 'visit.topics_missing'
  | 'visit.topic_unknown'
  | 'visit.topic_duplicate'
  | 'visit.other_topic_needs_notes'
  | 'visit.follow_up_reason_missing';

/**
 * Checks a visit record and returns every problem. `today` (a calendar date) rules out visits in the
 * future; `earliest`, when given (the day the cheque was issued), rules out visits before it. Both date
 * reasons name the request field, `visitedOn`, and the window `earliest`..`latest`.
 *
 * @example
 * validateVisit({ visit: { ...visit, minutes: 5 }, today: '2025-04-02' });
 * // { ok: false, reasons: [{ code: 'visit.minutes_out_of_range', min: 15, max: 240, minutes: 5 }] }
 */
export function validateVisit({
  visit,
  today,
  earliest,
  minutes = VISIT_MINUTES,
}: {
  visit: VisitRecord;
  today: CalendarDate;
  earliest?: CalendarDate;
  minutes?: { min: number; max: number };
}): { ok: true; visit: VisitRecord } | { ok: false; reasons: Reason<VisitReasonCode>[] } {
  const reasons: Reason<VisitReasonCode>[] = [];
  const window = { field: 'visitedOn', date: visit.date, earliest: earliest ?? null, latest: today };
  if (visit.studentId.trim() === '') reasons.push({ code: 'visit.student_missing' });
  if (!isCalendarDate(visit.date))
    reasons.push({ code: 'visit.date_invalid', field: 'visitedOn', date: visit.date });
  else if (visit.date > today) reasons.push({ code: 'visit.date_in_future', today, ...window });
  else if (earliest !== undefined && visit.date < earliest)
    reasons.push({ code: 'visit.date_out_of_range', ...window });
  if (!Number.isInteger(visit.minutes) || visit.minutes < minutes.min || visit.minutes > minutes.max) {
    reasons.push({
      code: 'visit.minutes_out_of_range',
      min: minutes.min,
      max: minutes.max,
      minutes: visit.minutes,
    });
  }
  if (visit.topics.length === 0) reasons.push({ code: 'visit.topics_missing' });
  const seen = new Set<string>();
  for (const topic of visit.topics) {
    if (!(VISIT_TOPICS as readonly string[]).includes(topic))
      reasons.push({ code: 'visit.topic_unknown', topic });
    else if (seen.has(topic)) reasons.push({ code: 'visit.topic_duplicate', topic });
    seen.add(topic);
  }
  if (visit.topics.includes('other') && visit.notes.trim() === '') {
    reasons.push({ code: 'visit.other_topic_needs_notes' });
  }
  if (visit.needsFollowUp && (visit.followUpReason ?? '').trim() === '') {
    reasons.push({ code: 'visit.follow_up_reason_missing' });
  }
  return reasons.length === 0 ? { ok: true, visit } : { ok: false, reasons };
}
