import type { Answer, QuestionId, SkillAnswers } from '../assessment/assessment';
import type { Reason } from '../shared/result';
import type { CalendarDate } from '../shared/time';
import type { OutcomePictogramName } from './outcome-pictograms';
import type { OutcomeWording } from './outcome-texts';
import { OUTCOME_ITEM_TEXTS_V1 } from './outcome-texts';

/**
 * The four steps a client answers each task with, from lowest to highest: "I can't", "with help",
 * "on my own", "I can show someone else".
 *
 * @example
 * OUTCOME_TASK_STEPS.indexOf('on_my_own'); // 2
 */
export const OUTCOME_TASK_STEPS = ['cannot', 'with_help', 'on_my_own', 'can_show_others'] as const;

/** One of {@link OUTCOME_TASK_STEPS}. @example const step: OutcomeTaskStep = 'with_help'; */
export type OutcomeTaskStep = (typeof OUTCOME_TASK_STEPS)[number];

/**
 * The steps that count as doing a task on one's own.
 *
 * @example
 * OUTCOME_ON_OWN_STEPS.includes('can_show_others'); // true
 */
export const OUTCOME_ON_OWN_STEPS: readonly OutcomeTaskStep[] = ['on_my_own', 'can_show_others'];

/**
 * The confidence question's scale: whole numbers from 0 (not confident at all) to 10 (very confident).
 *
 * @example
 * OUTCOME_CONFIDENCE_RANGE; // { min: 0, max: 10 }
 */
export const OUTCOME_CONFIDENCE_RANGE = { min: 0, max: 10 } as const;

/**
 * The ids of the measure's items, in the order they are asked. Ids are stable: answers are stored under
 * them with the item's version.
 *
 * @example
 * OUTCOME_ITEM_IDS.at(-1); // 'confidence'
 */
export const OUTCOME_ITEM_IDS = [
  'device_controls',
  'open_app',
  'connect_wifi',
  'use_browser',
  'log_in',
  'change_password',
  'keep_passwords_safe',
  'accessibility_settings',
  'itsme_login',
  'ebox_government',
  'online_banking',
  'video_call_family',
  'send_email',
  'job_sites',
  'school_platform',
  'confidence',
] as const;

/** One of {@link OUTCOME_ITEM_IDS}. @example const id: OutcomeItemId = 'online_banking'; */
export type OutcomeItemId = (typeof OUTCOME_ITEM_IDS)[number];

/**
 * The kinds of item: a task answered on the four-step scale, or the 0 to 10 confidence question.
 *
 * @example
 * OUTCOME_ITEM_KINDS; // ['task', 'confidence']
 */
export const OUTCOME_ITEM_KINDS = ['task', 'confidence'] as const;

/** One of {@link OUTCOME_ITEM_KINDS}. @example const kind: OutcomeItemKind = 'task'; */
export type OutcomeItemKind = (typeof OUTCOME_ITEM_KINDS)[number];

/**
 * The works the measure builds on, with the credit their licence asks for. The Outcomes Star is not
 * among them on purpose: its licence does not allow building it into software.
 *
 * @example
 * OUTCOME_SOURCES.digcomp.licence; // 'CC BY 4.0'
 */
export const OUTCOME_SOURCES = {
  uk_eds: {
    title: 'Essential Digital Skills Framework (foundation skills)',
    publisher: 'UK Department for Education',
    year: 2019,
    licence: 'Open Government Licence v3.0',
    url: 'https://www.gov.uk/government/publications/essential-digital-skills-framework',
  },
  digcomp: {
    title: 'DigComp 2.2: The Digital Competence Framework for Citizens',
    publisher: 'European Commission, Joint Research Centre',
    year: 2022,
    licence: 'CC BY 4.0',
    url: 'https://doi.org/10.2760/115376',
  },
  digcompsat: {
    title: 'DigCompSat: a self-reflection tool for the European Digital Competence Framework for Citizens',
    publisher: 'European Commission, Joint Research Centre',
    year: 2020,
    licence: 'CC BY 4.0',
    url: 'https://doi.org/10.2760/77437',
  },
} as const satisfies Record<
  string,
  { title: string; publisher: string; year: number; licence: string; url: string }
>;

/** A key of {@link OUTCOME_SOURCES}. @example const source: OutcomeSourceId = 'uk_eds'; */
export type OutcomeSourceId = keyof typeof OUTCOME_SOURCES;

/**
 * One version of one item. A new version is added (never edited in place) whenever the wording, the
 * pictogram or the scale changes; answers keep the version they answered.
 *
 * - `foundation`: one of the eight foundation tasks of the UK Essential Digital Skills framework;
 * - `optional`: a programme may leave it out (see {@link OutcomeMeasureSettings.optionalItems});
 * - `pictogram`: the name of the pictogram printed beside it (the documents draw it);
 * - `basedOn`: the works the task is taken from; `digComp`: the DigComp 2.2 competence it belongs to;
 * - `wordingFrom`: whose words these are. `digcompsat` means the sentence is adapted from the DigCompSat
 *   item bank and must be credited as such wherever it is printed;
 * - `comparableWithPrevious`: for versions after the first, whether it still asks the same thing (a
 *   clearer sentence, a new pictogram) so that answers to both versions can be compared.
 *
 * @example
 * OUTCOME_CATALOGUE.find((item) => item.id === 'connect_wifi')?.foundation; // true
 */
export interface OutcomeItemVersion {
  readonly id: OutcomeItemId;
  readonly version: number;
  readonly kind: OutcomeItemKind;
  readonly foundation: boolean;
  readonly optional: boolean;
  readonly pictogram: OutcomePictogramName;
  readonly texts: OutcomeWording;
  readonly basedOn: readonly OutcomeSourceId[];
  readonly digComp: string | null;
  readonly wordingFrom: 'digipakket' | 'digcompsat';
  readonly comparableWithPrevious: boolean;
  readonly introducedOn: CalendarDate;
}

/**
 * Every version of every item, oldest first. Pass your own to the functions that take a `catalogue`
 * (a test, or a programme that piloted a newer wording).
 *
 * @example
 * const catalogue: OutcomeCatalogue = OUTCOME_CATALOGUE;
 */
export type OutcomeCatalogue = readonly OutcomeItemVersion[];

function v1(
  id: OutcomeItemId,
  details: Pick<OutcomeItemVersion, 'pictogram' | 'digComp'> &
    Partial<Pick<OutcomeItemVersion, 'kind' | 'foundation' | 'optional'>>,
): OutcomeItemVersion {
  const foundation = details.foundation ?? false;
  return {
    id,
    version: 1,
    kind: details.kind ?? 'task',
    foundation,
    optional: details.optional ?? false,
    pictogram: details.pictogram,
    texts: OUTCOME_ITEM_TEXTS_V1[id],
    basedOn: foundation ? ['uk_eds', 'digcomp'] : ['digcomp'],
    digComp: details.digComp,
    wordingFrom: 'digipakket',
    comparableWithPrevious: false,
    introducedOn: '2025-09-01',
  };
}

/**
 * The measure as it stands: eight foundation tasks, five tasks that matter most in Belgium, two
 * optional tasks (job sites, school platforms) and the confidence question. All wording is our own
 * clear-language Dutch; the tasks follow the UK Essential Digital Skills framework and DigComp 2.2.
 *
 * @example
 * OUTCOME_CATALOGUE.filter((item) => item.foundation).length; // 8
 */
export const OUTCOME_CATALOGUE: OutcomeCatalogue = [
  v1('device_controls', { foundation: true, pictogram: 'power-button', digComp: '5.1' }),
  v1('open_app', { foundation: true, pictogram: 'app-grid', digComp: '5.2' }),
  v1('connect_wifi', { foundation: true, pictogram: 'wifi', digComp: '5.1' }),
  v1('use_browser', { foundation: true, pictogram: 'browser', digComp: '1.1' }),
  v1('log_in', { foundation: true, pictogram: 'log-in', digComp: '2.6' }),
  v1('change_password', { foundation: true, pictogram: 'key-change', digComp: '4.1' }),
  v1('keep_passwords_safe', { foundation: true, pictogram: 'padlock', digComp: '4.2' }),
  v1('accessibility_settings', { foundation: true, pictogram: 'magnifier', digComp: '5.2' }),
  v1('itsme_login', { pictogram: 'itsme-phone', digComp: '2.6' }),
  v1('ebox_government', { pictogram: 'letterbox', digComp: '2.3' }),
  v1('online_banking', { pictogram: 'bank-card', digComp: '2.1' }),
  v1('video_call_family', { pictogram: 'video-call', digComp: '2.1' }),
  v1('send_email', { pictogram: 'envelope-clip', digComp: '2.2' }),
  v1('job_sites', { optional: true, pictogram: 'briefcase', digComp: '1.1' }),
  v1('school_platform', { optional: true, pictogram: 'school', digComp: '2.4' }),
  v1('confidence', { kind: 'confidence', pictogram: 'scale-0-10', digComp: null }),
];

/**
 * The ids of the eight foundation tasks.
 *
 * @example
 * OUTCOME_FOUNDATION_ITEM_IDS.length; // 8
 */
export const OUTCOME_FOUNDATION_ITEM_IDS: readonly OutcomeItemId[] = OUTCOME_ITEM_IDS.filter((id) =>
  OUTCOME_CATALOGUE.some((item) => item.id === id && item.foundation),
);

/**
 * The parties that may take the end round, besides the social worker (who may always take it):
 * `welfare` (nobody else), `training` (the teacher, at the last half-day) or `home_help` (the student,
 * at the second visit).
 *
 * @example
 * OUTCOME_END_ROUND_TAKERS; // ['welfare', 'training', 'home_help']
 */
export const OUTCOME_END_ROUND_TAKERS = ['welfare', 'training', 'home_help'] as const;

/** One of {@link OUTCOME_END_ROUND_TAKERS}. @example const taker: OutcomeEndRoundTaker = 'training'; */
export type OutcomeEndRoundTaker = (typeof OUTCOME_END_ROUND_TAKERS)[number];

/**
 * When a round may be taken, in days around its due date (see `outcome-rounds.ts`):
 * - `opensDaysBefore`: the end and follow-up rounds open this many days before they are due (the last
 *   half-day often falls before the trajectory's formal end);
 * - `overdueAfterDays`: a round not taken this many days after its due date is overdue;
 * - `closesAfterDays`: after this many days it is missing for good (an answer that late no longer says
 *   what it should);
 * - `baselineClosesAfterDays`: the baseline may be completed this many days after the intake.
 *
 * @example
 * const windows: OutcomeRoundWindows = defaultOutcomeMeasureSettings().windows;
 */
export interface OutcomeRoundWindows {
  readonly opensDaysBefore: number;
  readonly overdueAfterDays: number;
  readonly closesAfterDays: number;
  readonly baselineClosesAfterDays: number;
}

/**
 * A programme's choices for the measure.
 *
 * @example
 * const settings: OutcomeMeasureSettings = { ...defaultOutcomeMeasureSettings(), endRoundTakenBy: 'training' };
 */
export interface OutcomeMeasureSettings {
  /** The optional items this programme asks (the others are core and always asked). */
  readonly optionalItems: readonly OutcomeItemId[];
  /** Who besides the social worker takes the end round. */
  readonly endRoundTakenBy: OutcomeEndRoundTaker;
  readonly windows: OutcomeRoundWindows;
}

/**
 * Every optional item asked, the end round taken by the social worker, rounds open two weeks before
 * their due date, overdue two weeks after it and missing after six weeks; the baseline may be completed
 * within 30 days of the intake.
 *
 * @example
 * defaultOutcomeMeasureSettings().endRoundTakenBy; // 'welfare'
 */
export function defaultOutcomeMeasureSettings(): OutcomeMeasureSettings {
  return {
    optionalItems: OUTCOME_CATALOGUE.filter((item) => item.optional).map((item) => item.id),
    endRoundTakenBy: 'welfare',
    windows: { opensDaysBefore: 14, overdueAfterDays: 14, closesAfterDays: 42, baselineClosesAfterDays: 30 },
  };
}

/**
 * The inclusive range of each window setting, in days.
 *
 * @example
 * OUTCOME_WINDOW_RANGES.closesAfterDays; // [1, 120]
 */
export const OUTCOME_WINDOW_RANGES = {
  opensDaysBefore: [0, 60],
  overdueAfterDays: [0, 90],
  closesAfterDays: [1, 120],
  baselineClosesAfterDays: [0, 90],
} as const satisfies Record<keyof OutcomeRoundWindows, readonly [number, number]>;

/**
 * Codes {@link resolveOutcomeMeasureSettings} can return.
 *
 * @example
 * const code: OutcomeSettingsReasonCode = 'outcomes.optional_items.not_optional';
 */
export type OutcomeSettingsReasonCode =
  | 'outcomes.optional_items.unknown'
  | 'outcomes.optional_items.not_optional'
  | 'outcomes.optional_items.duplicate'
  | 'outcomes.end_round_taken_by.unknown'
  | `outcomes.windows.${string}.out_of_range`
  | 'outcomes.windows.overdue_after_close';

/**
 * What a programme stored or an admin sent: any part may be missing (the default is used) and nothing
 * is trusted yet.
 *
 * @example
 * const input: OutcomeMeasureSettingsInput = { optionalItems: ['job_sites'] };
 */
export interface OutcomeMeasureSettingsInput {
  readonly optionalItems?: readonly string[];
  readonly endRoundTakenBy?: string;
  readonly windows?: Readonly<Partial<Record<keyof OutcomeRoundWindows, unknown>>>;
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Fills a programme's measure settings with the defaults and checks them, returning every problem.
 *
 * @example
 * resolveOutcomeMeasureSettings({ input: { optionalItems: ['job_sites'], endRoundTakenBy: 'training' } });
 * // { ok: true, settings: { optionalItems: ['job_sites'], endRoundTakenBy: 'training', windows: { ... } } }
 * resolveOutcomeMeasureSettings({ input: { optionalItems: ['connect_wifi'] } });
 * // { ok: false, reasons: [{ code: 'outcomes.optional_items.not_optional', itemIds: ['connect_wifi'] }] }
 */
export function resolveOutcomeMeasureSettings({
  input,
  catalogue = OUTCOME_CATALOGUE,
}: {
  input: OutcomeMeasureSettingsInput;
  catalogue?: OutcomeCatalogue;
}):
  | { ok: true; settings: OutcomeMeasureSettings }
  | { ok: false; reasons: Reason<OutcomeSettingsReasonCode>[] } {
  const defaults = defaultOutcomeMeasureSettings();
  const reasons: Reason<OutcomeSettingsReasonCode>[] = [];
  const optionalItems = input.optionalItems ?? defaults.optionalItems;
  const unknown = optionalItems.filter((id) => !catalogue.some((item) => item.id === id));
  if (unknown.length > 0) reasons.push({ code: 'outcomes.optional_items.unknown', itemIds: unknown });
  const core = optionalItems.filter((id) => catalogue.some((item) => item.id === id && !item.optional));
  if (core.length > 0) reasons.push({ code: 'outcomes.optional_items.not_optional', itemIds: core });
  if (new Set(optionalItems).size !== optionalItems.length) {
    reasons.push({ code: 'outcomes.optional_items.duplicate' });
  }
  const endRoundTakenBy = input.endRoundTakenBy ?? defaults.endRoundTakenBy;
  if (!(OUTCOME_END_ROUND_TAKERS as readonly string[]).includes(endRoundTakenBy)) {
    reasons.push({ code: 'outcomes.end_round_taken_by.unknown', value: endRoundTakenBy });
  }
  const windows: Record<string, number> = { ...defaults.windows };
  for (const [key, [min, max]] of Object.entries(OUTCOME_WINDOW_RANGES)) {
    const value = input.windows?.[key as keyof OutcomeRoundWindows] ?? windows[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      reasons.push({ code: `outcomes.windows.${snakeCase(key)}.out_of_range`, field: key, min, max, value });
    } else windows[key] = value;
  }
  if (windows.overdueAfterDays! >= windows.closesAfterDays!) {
    reasons.push({
      code: 'outcomes.windows.overdue_after_close',
      overdueAfterDays: windows.overdueAfterDays,
      closesAfterDays: windows.closesAfterDays,
    });
  }
  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    settings: {
      optionalItems: optionalItems as OutcomeItemId[],
      endRoundTakenBy: endRoundTakenBy as OutcomeEndRoundTaker,
      windows: windows as unknown as OutcomeRoundWindows,
    },
  };
}

/**
 * The version of an item with that number, if the catalogue has it.
 *
 * @example
 * findOutcomeItem({ itemId: 'log_in', version: 1 })?.pictogram; // 'log-in'
 */
export function findOutcomeItem({
  itemId,
  version,
  catalogue = OUTCOME_CATALOGUE,
}: {
  itemId: string;
  version: number;
  catalogue?: OutcomeCatalogue;
}): OutcomeItemVersion | undefined {
  return catalogue.find((item) => item.id === itemId && item.version === version);
}

/**
 * The items a programme asks today, each in its newest version, in the order of
 * {@link OUTCOME_ITEM_IDS}: every core item plus the optional items the programme chose.
 *
 * @example
 * outcomeItemsAsked({ settings: { ...defaultOutcomeMeasureSettings(), optionalItems: [] } }).length; // 14
 */
export function outcomeItemsAsked({
  settings,
  catalogue = OUTCOME_CATALOGUE,
}: {
  settings: Pick<OutcomeMeasureSettings, 'optionalItems'>;
  catalogue?: OutcomeCatalogue;
}): OutcomeItemVersion[] {
  const newest = new Map<OutcomeItemId, OutcomeItemVersion>();
  for (const item of catalogue) {
    const known = newest.get(item.id);
    if (!known || item.version > known.version) newest.set(item.id, item);
  }
  return OUTCOME_ITEM_IDS.flatMap((id) => {
    const item = newest.get(id);
    if (!item || (item.optional && !settings.optionalItems.includes(id))) return [];
    return [item];
  });
}

/**
 * Whether answers to two versions of an item measure the same thing: the same version, or every
 * version in between (after the older one, up to the newer one) is marked `comparableWithPrevious`.
 * A version the catalogue does not know is never comparable.
 *
 * @example
 * outcomeVersionsComparable({ itemId: 'log_in', a: 1, b: 1 }); // true
 */
export function outcomeVersionsComparable({
  itemId,
  a,
  b,
  catalogue = OUTCOME_CATALOGUE,
}: {
  itemId: OutcomeItemId;
  a: number;
  b: number;
  catalogue?: OutcomeCatalogue;
}): boolean {
  if (
    !findOutcomeItem({ itemId, version: a, catalogue }) ||
    !findOutcomeItem({ itemId, version: b, catalogue })
  )
    return false;
  const [from, to] = a <= b ? [a, b] : [b, a];
  return catalogue
    .filter((item) => item.id === itemId && item.version > from && item.version <= to)
    .every((item) => item.comparableWithPrevious);
}

/**
 * One answer, with the version of the item it answered: a step of {@link OUTCOME_TASK_STEPS} for a
 * task, a whole number 0 to 10 for the confidence question.
 *
 * @example
 * const answer: OutcomeAnswer = { itemId: 'connect_wifi', version: 1, value: 'with_help' };
 */
export interface OutcomeAnswer {
  readonly itemId: OutcomeItemId;
  readonly version: number;
  readonly value: OutcomeTaskStep | number;
}

/**
 * Codes {@link parseOutcomeAnswers} can return.
 *
 * @example
 * const code: OutcomeAnswerReasonCode = 'outcomes.answer.version_unknown';
 */
export type OutcomeAnswerReasonCode =
  | 'outcomes.answer.malformed'
  | 'outcomes.answer.item_unknown'
  | 'outcomes.answer.version_unknown'
  | 'outcomes.answer.value_invalid'
  | 'outcomes.answer.duplicate';

function validValue(item: OutcomeItemVersion, value: unknown): boolean {
  if (item.kind === 'task') return (OUTCOME_TASK_STEPS as readonly unknown[]).includes(value);
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= OUTCOME_CONFIDENCE_RANGE.min &&
    value <= OUTCOME_CONFIDENCE_RANGE.max
  );
}

/**
 * Reads raw answers (from a form or a stored row) and returns them typed, or every problem. Items may
 * be left out (the client did not answer, or the programme does not ask them); an item answered twice is
 * refused.
 *
 * @example
 * parseOutcomeAnswers({ answers: [{ itemId: 'connect_wifi', version: 1, value: 'on_my_own' }, { itemId: 'confidence', version: 1, value: 11 }] });
 * // { ok: false, reasons: [{ code: 'outcomes.answer.value_invalid', itemId: 'confidence', index: 1 }] }
 */
export function parseOutcomeAnswers({
  answers,
  catalogue = OUTCOME_CATALOGUE,
}: {
  answers: readonly unknown[];
  catalogue?: OutcomeCatalogue;
}): { ok: true; answers: OutcomeAnswer[] } | { ok: false; reasons: Reason<OutcomeAnswerReasonCode>[] } {
  const reasons: Reason<OutcomeAnswerReasonCode>[] = [];
  const seen = new Set<string>();
  answers.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null) {
      reasons.push({ code: 'outcomes.answer.malformed', index });
      return;
    }
    const { itemId, version, value } = raw as Record<string, unknown>;
    if (typeof itemId !== 'string' || !catalogue.some((item) => item.id === itemId)) {
      reasons.push({ code: 'outcomes.answer.item_unknown', itemId, index });
      return;
    }
    const item = typeof version === 'number' ? findOutcomeItem({ itemId, version, catalogue }) : undefined;
    if (!item) {
      reasons.push({ code: 'outcomes.answer.version_unknown', itemId, version, index });
      return;
    }
    if (!validValue(item, value)) reasons.push({ code: 'outcomes.answer.value_invalid', itemId, index });
    if (seen.has(itemId)) reasons.push({ code: 'outcomes.answer.duplicate', itemId, index });
    seen.add(itemId);
  });
  return reasons.length === 0 ? { ok: true, answers: answers as OutcomeAnswer[] } : { ok: false, reasons };
}

/**
 * How the intake's skills questions map onto the measure's items (version 1): the intake is the first
 * (baseline) round. `updates_safety` has no item of the measure asking the same thing, so it maps to
 * nothing and the baseline asks the remaining items itself.
 *
 * @example
 * INTAKE_QUESTION_ITEMS.browse_website; // { itemId: 'use_browser', version: 1 }
 */
export const INTAKE_QUESTION_ITEMS: Readonly<
  Record<QuestionId, { readonly itemId: OutcomeItemId; readonly version: number } | null>
> = {
  switch_on_mouse_keyboard: { itemId: 'device_controls', version: 1 },
  browse_website: { itemId: 'use_browser', version: 1 },
  email_attachment: { itemId: 'send_email', version: 1 },
  government_login_eid: { itemId: 'itsme_login', version: 1 },
  video_call: { itemId: 'video_call_family', version: 1 },
  updates_safety: null,
};

const STEP_OF_INTAKE_ANSWER: Record<Answer, OutcomeTaskStep> = {
  no: 'cannot',
  with_help: 'with_help',
  // The intake cannot tell "on my own" from "I can show someone else": take the lower step, which scores
  // the same for tasks done on one's own.
  yes: 'on_my_own',
};

/**
 * Turns the intake's skills answers into the first answers of the baseline round, and lists the items
 * the programme asks that the intake did not cover (to ask right after it, or by phone).
 *
 * @example
 * baselineFromIntake({ answers: intakeAnswers, settings: defaultOutcomeMeasureSettings() });
 * // { answers: [{ itemId: 'device_controls', version: 1, value: 'on_my_own' }, ...], stillToAsk: ['open_app', 'connect_wifi', ...] }
 */
export function baselineFromIntake({
  answers,
  settings,
  catalogue = OUTCOME_CATALOGUE,
}: {
  answers: SkillAnswers;
  settings: Pick<OutcomeMeasureSettings, 'optionalItems'>;
  catalogue?: OutcomeCatalogue;
}): { answers: OutcomeAnswer[]; stillToAsk: OutcomeItemId[] } {
  const mapped: OutcomeAnswer[] = [];
  for (const [questionId, target] of Object.entries(INTAKE_QUESTION_ITEMS)) {
    const answer = answers[questionId as QuestionId];
    if (!target || answer === undefined) continue;
    mapped.push({ ...target, value: STEP_OF_INTAKE_ANSWER[answer] });
  }
  const covered = new Set(mapped.map((answer) => answer.itemId));
  const stillToAsk = outcomeItemsAsked({ settings, catalogue })
    .map((item) => item.id)
    .filter((id) => !covered.has(id));
  return { answers: mapped, stillToAsk };
}
