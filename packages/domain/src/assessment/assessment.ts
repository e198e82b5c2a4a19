import type { ProgrammeSettings } from '../programme/programme';
import type { Reason } from '../shared/result';
import type { VisitTopic } from '../visits/visits';

/**
 * Why a client needs a laptop; at least one must be stated.
 *
 * @example
 * PURPOSES.includes('school'); // true
 */
export const PURPOSES = ['work', 'school', 'social_contact'] as const;

/** One of {@link PURPOSES}. @example const purpose: Purpose = 'social_contact'; */
export type Purpose = (typeof PURPOSES)[number];

/**
 * The answers to a skills question: can do it alone, only with help, or not at all.
 *
 * @example
 * ANSWERS; // ['yes', 'with_help', 'no']
 */
export const ANSWERS = ['yes', 'with_help', 'no'] as const;

/** One of {@link ANSWERS}. @example const answer: Answer = 'with_help'; */
export type Answer = (typeof ANSWERS)[number];

/**
 * The skills questionnaire as data, in the order it is asked. Ids are stable: answers are stored under
 * them and the portals translate the question text by id. `foundational` questions are the absolute
 * basics; a client who cannot do those alone has no basic skills yet.
 *
 * @example
 * SKILL_QUESTIONS.map((question) => question.id);
 * // ['switch_on_mouse_keyboard', 'browse_website', 'email_attachment', 'government_login_eid', 'video_call', 'updates_safety']
 */
export const SKILL_QUESTIONS = [
  { id: 'switch_on_mouse_keyboard', foundational: true },
  { id: 'browse_website', foundational: true },
  { id: 'email_attachment', foundational: false },
  { id: 'government_login_eid', foundational: false },
  { id: 'video_call', foundational: false },
  { id: 'updates_safety', foundational: false },
] as const;

/** The id of a question of {@link SKILL_QUESTIONS}. @example const id: QuestionId = 'video_call'; */
export type QuestionId = (typeof SKILL_QUESTIONS)[number]['id'];

/**
 * The ids of {@link SKILL_QUESTIONS}, in order.
 *
 * @example
 * QUESTION_IDS[0]; // 'switch_on_mouse_keyboard'
 */
export const QUESTION_IDS: readonly QuestionId[] = SKILL_QUESTIONS.map((question) => question.id);

/** A complete set of answers. @example const answers: SkillAnswers = { switch_on_mouse_keyboard: 'yes', ... }; */
export type SkillAnswers = Readonly<Record<QuestionId, Answer>>;

/**
 * A client's estimated digital skill level.
 *
 * @example
 * SKILL_LEVELS; // ['none', 'basic', 'independent']
 */
export const SKILL_LEVELS = ['none', 'basic', 'independent'] as const;

/** One of {@link SKILL_LEVELS}. @example const level: SkillLevel = 'basic'; */
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/**
 * Reads raw answers (from a form or a stored row) and returns them typed, or every missing, unknown
 * or invalid answer.
 *
 * @example
 * parseSkillAnswers({ answers: { switch_on_mouse_keyboard: 'maybe' } });
 * // { ok: false, reasons: [{ code: 'assessment.answer_invalid', questionId: 'switch_on_mouse_keyboard' }, { code: 'assessment.answer_missing', questionId: 'browse_website' }, ...] }
 */
export function parseSkillAnswers({ answers }: { answers: Readonly<Record<string, unknown>> }):
  | { ok: true; answers: SkillAnswers }
  | {
      ok: false;
      reasons: Reason<
        'assessment.answer_missing' | 'assessment.answer_invalid' | 'assessment.question_unknown'
      >[];
    } {
  const reasons: Reason<
    'assessment.answer_missing' | 'assessment.answer_invalid' | 'assessment.question_unknown'
  >[] = [];
  for (const questionId of QUESTION_IDS) {
    const answer = answers[questionId];
    if (answer === undefined) reasons.push({ code: 'assessment.answer_missing', questionId });
    else if (!(ANSWERS as readonly unknown[]).includes(answer)) {
      reasons.push({ code: 'assessment.answer_invalid', questionId });
    }
  }
  for (const key of Object.keys(answers)) {
    if (!(QUESTION_IDS as readonly string[]).includes(key)) {
      reasons.push({ code: 'assessment.question_unknown', questionId: key });
    }
  }
  return reasons.length === 0 ? { ok: true, answers: answers as SkillAnswers } : { ok: false, reasons };
}

/**
 * Scores a questionnaire to a level, with the questions that decided it:
 * - `none` when the client cannot switch on and use mouse and keyboard, or browse a website, alone
 *   (decided by those foundational answers);
 * - `independent` when every answer is `yes`, or all but one and that one is `with_help`
 *   (decided by all questions);
 * - `basic` otherwise (decided by the answers that were not `yes`).
 *
 * @example
 * scoreAssessment({ answers: { switch_on_mouse_keyboard: 'yes', browse_website: 'yes', email_attachment: 'no',
 *   government_login_eid: 'with_help', video_call: 'yes', updates_safety: 'no' } });
 * // { level: 'basic', decidedBy: ['email_attachment', 'government_login_eid', 'updates_safety'] }
 */
export function scoreAssessment({ answers }: { answers: SkillAnswers }): {
  level: SkillLevel;
  decidedBy: QuestionId[];
} {
  const foundationalGaps = SKILL_QUESTIONS.filter(
    (question) => question.foundational && answers[question.id] !== 'yes',
  ).map((question) => question.id);
  if (foundationalGaps.length > 0) return { level: 'none', decidedBy: foundationalGaps };
  const gaps = QUESTION_IDS.filter((id) => answers[id] !== 'yes');
  const noes = gaps.filter((id) => answers[id] === 'no');
  if (gaps.length <= 1 && noes.length === 0) return { level: 'independent', decidedBy: [...QUESTION_IDS] };
  return { level: 'basic', decidedBy: gaps };
}

/**
 * What a client receives. Everyone gets the laptop, information about the Digipunten near home and an
 * info session about the digital offer; clients with no or few basic skills also get home-help cheques
 * and the basic course (or extra cheques instead, or a Digibuddy, as the programme's variations say).
 * `focusTopics` tell the home-help student where to start, from the client's purposes.
 *
 * @example
 * const recommended: RecommendedPackage = { laptop: true, cheques: 2, basicCourse: true, digibuddy: false,
 *   infoSession: true, digipuntInfo: true, focusTopics: ['installed_laptop', 'email'] };
 */
export interface RecommendedPackage {
  readonly laptop: true;
  readonly cheques: number;
  readonly basicCourse: boolean;
  readonly digibuddy: boolean;
  readonly infoSession: boolean;
  readonly digipuntInfo: true;
  readonly focusTopics: readonly VisitTopic[];
}

const TOPICS_BY_PURPOSE: Record<Purpose, readonly VisitTopic[]> = {
  work: ['email', 'eid_itsme_login', 'office_basics'],
  school: ['files_photos', 'office_basics', 'video_calling'],
  social_contact: ['video_calling', 'email', 'files_photos'],
};

/**
 * Recommends a package from the skill level, the purposes and the programme's variations.
 *
 * @example
 * recommendPackage({ level: 'none', purposes: ['work'], settings: defaultProgrammeSettings() });
 * // { laptop: true, cheques: 2, basicCourse: true, digibuddy: false, infoSession: true, digipuntInfo: true,
 * //   focusTopics: ['installed_laptop', 'wifi', 'safety_updates', 'email', 'eid_itsme_login', 'office_basics'] }
 */
export function recommendPackage({
  level,
  purposes,
  settings,
}: {
  level: SkillLevel;
  purposes: readonly Purpose[];
  settings: Pick<ProgrammeSettings, 'chequesPerClient' | 'basicSessions' | 'variations'>;
}): { package: RecommendedPackage } {
  const fromPurposes = PURPOSES.filter((purpose) => purposes.includes(purpose)).flatMap(
    (purpose) => TOPICS_BY_PURPOSE[purpose],
  );
  if (level === 'independent') {
    return {
      package: {
        laptop: true,
        cheques: 0,
        basicCourse: false,
        digibuddy: false,
        infoSession: true,
        digipuntInfo: true,
        focusTopics: [...new Set(fromPurposes)],
      },
    };
  }
  const { chequesInsteadOfTraining, extraCheques, digibuddy } = settings.variations;
  const courseOffered = settings.basicSessions > 0 && !chequesInsteadOfTraining;
  return {
    package: {
      laptop: true,
      cheques: settings.chequesPerClient + (chequesInsteadOfTraining ? extraCheques : 0),
      basicCourse: courseOffered,
      digibuddy,
      infoSession: true,
      digipuntInfo: true,
      focusTopics: [...new Set<VisitTopic>(['installed_laptop', 'wifi', 'safety_updates', ...fromPurposes])],
    },
  };
}
