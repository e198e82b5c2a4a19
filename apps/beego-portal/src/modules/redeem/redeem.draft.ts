import type { RedeemRequest } from '@digipakket/api/contracts';
import { VISIT_MINUTES, type VisitReasonCode, type VisitTopic, validateVisit } from '@digipakket/domain';
import type { SummaryError } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import type { BeegoKey } from '../../i18n/beego.dictionary.nl';
import { t } from '../../portal';

/** Where each of the domain's visit refusals is shown, and in which words. */
const VISIT_REASON_FIELDS: Record<VisitReasonCode, { field: string; key: BeegoKey }> = {
  'visit.student_missing': { field: 'visitedOn', key: 'refusal.other' },
  'visit.date_invalid': { field: 'visitedOn', key: 'redeem.error.date' },
  'visit.date_in_future': { field: 'visitedOn', key: 'redeem.error.future' },
  'visit.date_out_of_range': { field: 'visitedOn', key: 'redeem.error.beforeIssue' },
  'visit.minutes_out_of_range': { field: 'minutes', key: 'redeem.error.minutes' },
  'visit.topics_missing': { field: 'topics', key: 'redeem.error.topics' },
  'visit.topic_unknown': { field: 'topics', key: 'redeem.error.topics' },
  'visit.topic_duplicate': { field: 'topics', key: 'redeem.error.topics' },
  'visit.other_topic_needs_notes': { field: 'notes', key: 'redeem.error.otherNeedsNotes' },
  'visit.follow_up_reason_missing': { field: 'followUpReason', key: 'redeem.error.followUpReason' },
};

/** Today on the phone's own calendar, as the date input writes it. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The words for the visit refusals the server names, each on its field. */
export function visitReasonErrors(reasons: readonly string[]): SummaryError[] {
  return reasons.flatMap((reason) => {
    const known = VISIT_REASON_FIELDS[reason as VisitReasonCode];
    return known
      ? [{ field: known.field, message: t(known.key, { min: VISIT_MINUTES.min, max: VISIT_MINUTES.max }) }]
      : [];
  });
}

/**
 * The visit being written down: kept apart from the steps' forms, so going back to change the code
 * loses nothing already filled in.
 */
export function createVisitDraft() {
  const [visitedOn, setVisitedOn] = createSignal(localToday());
  const [minutes, setMinutes] = createSignal('60');
  const [topics, setTopics] = createSignal<string[]>([]);
  const [notes, setNotes] = createSignal('');
  const [needsFollowUp, setNeedsFollowUp] = createSignal(false);
  const [followUpReason, setFollowUpReason] = createSignal('');

  const toggleTopic = (topic: string, on: boolean) =>
    setTopics((current) => (on ? [...current, topic] : current.filter((item) => item !== topic)));

  /** The phone's own check of the visit, as errors on its fields. */
  const validate = (): SummaryError[] => {
    const result = validateVisit({
      visit: {
        studentId: 'self',
        date: visitedOn(),
        minutes: Number(minutes()),
        topics: topics() as VisitTopic[],
        notes: notes(),
        needsFollowUp: needsFollowUp(),
        followUpReason: followUpReason(),
      },
      today: localToday(),
    });
    if (result.ok) return [];
    return result.reasons.map((reason) => {
      const { field, key } = VISIT_REASON_FIELDS[reason.code];
      return { field, message: t(key, { min: VISIT_MINUTES.min, max: VISIT_MINUTES.max }) };
    });
  };

  /** The redemption to send for a cheque code. */
  const body = (code: string): RedeemRequest => ({
    code,
    minutes: Number(minutes()),
    topics: topics(),
    ...(notes().trim() ? { notes: notes().trim() } : {}),
    needsFollowUp: needsFollowUp(),
    ...(needsFollowUp() ? { followUpReason: followUpReason().trim() } : {}),
    visitedOn: visitedOn(),
  });

  return {
    visitedOn,
    setVisitedOn,
    minutes,
    setMinutes,
    topics,
    toggleTopic,
    notes,
    setNotes,
    needsFollowUp,
    setNeedsFollowUp,
    followUpReason,
    setFollowUpReason,
    validate,
    body,
  };
}

export type VisitDraft = ReturnType<typeof createVisitDraft>;
