import type { ClientLanguage } from '../languages/languages';
import { CLIENT_LANGUAGE_CODES } from '../languages/languages';
import type { Reason } from '../shared/result';

/**
 * Days after which the follow-up rules raise a signal. Programme settings, so each welfare centre
 * can tune them to its own pace.
 *
 * @example
 * const thresholds: FollowUpThresholds = defaultProgrammeSettings().followUp;
 */
export interface FollowUpThresholds {
  /** A reserved laptop not picked up after this many days. */
  readonly pickupOverdueDays: number;
  /** A laptop handed out, but its installation cheque not redeemed after this many days. */
  readonly installationOverdueDays: number;
  /** An unused cheque that expires within this many days. */
  readonly chequeExpiringDays: number;
  /** Basic course finished, no referral decision after this many days. */
  readonly referralMissingDays: number;
  /** A student's "needs follow-up" flag left unanswered: the social worker should act within this many days. */
  readonly needsFollowUpDays: number;
  /** No recorded activity for this many days on an open trajectory. */
  readonly inactiveDays: number;
  /**
   * A session moved or cancelled less than this many days before it was planned is short notice:
   * the welfare centre should tell the client.
   */
  readonly sessionChangeNoticeDays: number;
}

/**
 * Variations on the standard package the fiche suggests.
 *
 * @example
 * const variations: ProgrammeVariations = { chequesInsteadOfTraining: true, extraCheques: 2, digibuddy: false };
 */
export interface ProgrammeVariations {
  /** Group sessions are a high threshold: give extra home-help cheques instead of the basic course. */
  readonly chequesInsteadOfTraining: boolean;
  /** How many cheques are added when {@link chequesInsteadOfTraining} is on. */
  readonly extraCheques: number;
  /** Pair clients with few skills with a volunteer Digibuddy. */
  readonly digibuddy: boolean;
}

/**
 * What the package's parts cost the welfare centre, in euro cents, so the outcome comparison can put a
 * cost per client beside each group's figures and the funder's report can state how it was counted.
 *
 * @example
 * const costs: ProgrammeCosts = { laptopCents: 25000, chequeHourCents: 4000, lessonHourCents: 3000 };
 */
export interface ProgrammeCosts {
  /** One laptop handed out (bought or refurbished). */
  readonly laptopCents: number;
  /** One hour of home help with a cheque; a cheque costs this times its minutes over sixty. */
  readonly chequeHourCents: number;
  /** One hour of the basic course, per client attending. */
  readonly lessonHourCents: number;
}

/**
 * The rules of one programme (one "action" of a welfare centre). Amounts of money are integer cents.
 *
 * @example
 * const settings: ProgrammeSettings = { ...defaultProgrammeSettings(), chequeValidityMonths: 6 };
 */
export interface ProgrammeSettings {
  /** Home-help cheques each client with few skills receives at pickup (the first is for installation). */
  readonly chequesPerClient: number;
  /** Minutes of home help one cheque is worth. */
  readonly minutesPerCheque: number;
  /** How long a cheque stays valid after it is issued. */
  readonly chequeValidityMonths: number;
  /** Half-day sessions of the basic course. */
  readonly basicSessions: number;
  /** Sessions attended (present or late) that count as having completed the basic course. */
  readonly sessionsToComplete: number;
  /** Days after a session during which the teacher may still mark or correct its attendance. */
  readonly attendanceCorrectionDays: number;
  readonly variations: ProgrammeVariations;
  /** What the home-help partner invoices per redeemed cheque, in euro cents. */
  readonly priceCentsPerCheque: number;
  /**
   * Hours of home help per month the home-help partner agreed to give this programme; waves are
   * planned against them. 0 when no such agreement is recorded (waves are then not checked on hours).
   */
  readonly homeHelpHoursPerMonth: number;
  /** What a laptop, an hour of home help and a lesson hour cost, for the outcome comparison. */
  readonly costs: ProgrammeCosts;
  readonly followUp: FollowUpThresholds;
  /** Languages in which this programme offers client documents. */
  readonly languages: readonly ClientLanguage[];
  /** Whole days before a visit, half-day or pickup its reminders go out (0 to 30, at most four). */
  readonly reminderDaysBefore?: readonly number[];
  /**
   * Weeks after the installation visit a client whose second cheque is still unused gets one nudge
   * (0 to 26; 0: none; 4 when absent).
   */
  readonly secondChequeNudgeWeeks?: number;
}

/**
 * The fiche's standard package: two one-hour cheques valid for twelve months, three half-day sessions
 * of which two complete the course, no variations, documents in every supported language. The price
 * per cheque and the costs are example values (a refurbished laptop at 250 euro, an hour of home help
 * at 40 euro, a lesson hour at 30 euro); set them from the welfare centre's own figures.
 *
 * @example
 * defaultProgrammeSettings().chequesPerClient; // 2
 */
export function defaultProgrammeSettings(): ProgrammeSettings {
  return {
    chequesPerClient: 2,
    minutesPerCheque: 60,
    chequeValidityMonths: 12,
    basicSessions: 3,
    sessionsToComplete: 2,
    attendanceCorrectionDays: 7,
    variations: { chequesInsteadOfTraining: false, extraCheques: 2, digibuddy: false },
    priceCentsPerCheque: 4000,
    homeHelpHoursPerMonth: 0,
    costs: { laptopCents: 25_000, chequeHourCents: 4_000, lessonHourCents: 3_000 },
    followUp: {
      pickupOverdueDays: 14,
      installationOverdueDays: 21,
      chequeExpiringDays: 30,
      referralMissingDays: 14,
      needsFollowUpDays: 7,
      inactiveDays: 60,
      sessionChangeNoticeDays: 3,
    },
    languages: [...CLIENT_LANGUAGE_CODES],
    reminderDaysBefore: [5, 1],
    secondChequeNudgeWeeks: 4,
  };
}

/**
 * Codes {@link validateProgrammeSettings} can return.
 *
 * @example
 * const code: ProgrammeSettingsReasonCode = 'programme.sessions_to_complete.exceeds_sessions';
 */
export type ProgrammeSettingsReasonCode =
  | `programme.${string}.out_of_range`
  | 'programme.sessions_to_complete.exceeds_sessions'
  | 'programme.languages.empty'
  | 'programme.languages.unknown'
  | 'programme.languages.duplicate';

/**
 * The inclusive range each whole-number programme setting may take, by its dotted path. The API
 * publishes them as the bounds of its request fields; {@link validateProgrammeSettings} checks them.
 *
 * @example
 * PROGRAMME_SETTING_RANGES.chequesPerClient; // [0, 20]
 */
export const PROGRAMME_SETTING_RANGES = {
  chequesPerClient: [0, 20],
  minutesPerCheque: [15, 480],
  chequeValidityMonths: [1, 60],
  basicSessions: [0, 20],
  sessionsToComplete: [0, 20],
  attendanceCorrectionDays: [0, 31],
  priceCentsPerCheque: [0, 100_000],
  homeHelpHoursPerMonth: [0, 100_000],
  'variations.extraCheques': [0, 20],
  'costs.laptopCents': [0, 1_000_000],
  'costs.chequeHourCents': [0, 100_000],
  'costs.lessonHourCents': [0, 100_000],
  'followUp.pickupOverdueDays': [1, 365],
  'followUp.installationOverdueDays': [1, 365],
  'followUp.chequeExpiringDays': [1, 365],
  'followUp.referralMissingDays': [1, 365],
  'followUp.needsFollowUpDays': [1, 365],
  'followUp.inactiveDays': [1, 730],
  'followUp.sessionChangeNoticeDays': [1, 30],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * How many home-help cheques one client's package can hold: the most cheques per client plus the most
 * extra cheques a variation adds. A package never asks for more, so issuing never makes more.
 *
 * @example
 * PACKAGE_CHEQUES; // { min: 0, max: 40 }
 */
export const PACKAGE_CHEQUES = {
  min: 0,
  max: PROGRAMME_SETTING_RANGES.chequesPerClient[1] + PROGRAMME_SETTING_RANGES['variations.extraCheques'][1],
} as const;

function snakeCase(path: string): string {
  return path.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function valueAt(settings: ProgrammeSettings, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], settings);
}

/**
 * Checks programme settings and returns every problem, each with a dotted code that names the field
 * (`programme.cheques_per_client.out_of_range`, `programme.follow_up.inactive_days.out_of_range`).
 *
 * @example
 * validateProgrammeSettings({ settings: { ...defaultProgrammeSettings(), sessionsToComplete: 4 } });
 * // { ok: false, reasons: [{ code: 'programme.sessions_to_complete.exceeds_sessions', ... }] }
 */
export function validateProgrammeSettings({
  settings,
}: {
  settings: ProgrammeSettings;
}):
  | { ok: true; settings: ProgrammeSettings }
  | { ok: false; reasons: Reason<ProgrammeSettingsReasonCode>[] } {
  const reasons: Reason<ProgrammeSettingsReasonCode>[] = [];
  for (const [path, [min, max]] of Object.entries(PROGRAMME_SETTING_RANGES)) {
    const value = valueAt(settings, path);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      reasons.push({ code: `programme.${snakeCase(path)}.out_of_range`, field: path, min, max, value });
    }
  }
  if (settings.sessionsToComplete > settings.basicSessions) {
    reasons.push({
      code: 'programme.sessions_to_complete.exceeds_sessions',
      field: 'sessionsToComplete',
      sessionsToComplete: settings.sessionsToComplete,
      basicSessions: settings.basicSessions,
    });
  }
  if (settings.languages.length === 0) {
    reasons.push({ code: 'programme.languages.empty', field: 'languages' });
  }
  const unknown = settings.languages.filter((language) => !CLIENT_LANGUAGE_CODES.includes(language));
  if (unknown.length > 0) {
    reasons.push({ code: 'programme.languages.unknown', field: 'languages', languages: unknown });
  }
  if (new Set(settings.languages).size !== settings.languages.length) {
    reasons.push({ code: 'programme.languages.duplicate', field: 'languages' });
  }
  const days = settings.reminderDaysBefore;
  if (
    days !== undefined &&
    (days.length > 4 || days.some((day) => !Number.isInteger(day) || day < 0 || day > 30))
  ) {
    reasons.push({
      code: 'programme.reminder_days_before.out_of_range',
      field: 'reminderDaysBefore',
      min: 0,
      max: 30,
      value: [...days],
    });
  }
  const weeks = settings.secondChequeNudgeWeeks;
  if (weeks !== undefined && (!Number.isInteger(weeks) || weeks < 0 || weeks > 26)) {
    reasons.push({
      code: 'programme.second_cheque_nudge_weeks.out_of_range',
      field: 'secondChequeNudgeWeeks',
      min: 0,
      max: 26,
      value: weeks,
    });
  }
  return reasons.length === 0 ? { ok: true, settings } : { ok: false, reasons };
}
