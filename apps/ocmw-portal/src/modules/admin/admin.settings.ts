import type { ProgrammeSettingsBody } from './admin.services';

/** The programme's settings typed as one number each, by their path in the settings. */
export const NUMBER_FIELDS = [
  'chequesPerClient',
  'minutesPerCheque',
  'chequeValidityMonths',
  'basicSessions',
  'sessionsToComplete',
  'attendanceCorrectionDays',
  'priceCentsPerCheque',
  'homeHelpHoursPerMonth',
  'costs.laptopCents',
  'costs.chequeHourCents',
  'costs.lessonHourCents',
  'variations.extraCheques',
  'followUp.pickupOverdueDays',
  'followUp.installationOverdueDays',
  'followUp.chequeExpiringDays',
  'followUp.referralMissingDays',
  'followUp.needsFollowUpDays',
  'followUp.inactiveDays',
  'followUp.sessionChangeNoticeDays',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export function readSetting(settings: ProgrammeSettingsBody, path: NumberField): number {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], settings) as number;
}

export function writeSetting(
  settings: ProgrammeSettingsBody,
  path: NumberField,
  value: number,
): ProgrammeSettingsBody {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (!tail) return { ...settings, [head]: value };
  return {
    ...settings,
    [head]: { ...(settings[head as 'followUp'] as object), [tail]: value },
  } as ProgrammeSettingsBody;
}

/** The reminder days as typed ("5, 1"): whole numbers; anything else is sent as it is, for the domain to refuse. */
export function parseDays(value: string): number[] {
  return value
    .split(/[\s,;]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}
