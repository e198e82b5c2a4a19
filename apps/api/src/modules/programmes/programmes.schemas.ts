import { PROGRAMME_SETTING_RANGES } from '@digipakket/domain';
import { z } from 'zod';

export const WaveSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    pickupFrom: z.string(),
    pickupUntil: z.string(),
    capacity: z.object({ laptops: z.number(), chequeHours: z.number(), trainingSeats: z.number() }),
  })
  .meta({ id: 'WaveSummary' });
export type WaveSummary = z.infer<typeof WaveSummarySchema>;

export const ProgrammeSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(['draft', 'active', 'closed']),
    waves: z.array(WaveSummarySchema),
  })
  .meta({ id: 'ProgrammeSummary' });
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

export const ProgrammeListSchema = z
  .object({ items: z.array(ProgrammeSummarySchema) })
  .meta({ id: 'ProgrammeList' });
export type ProgrammeList = z.infer<typeof ProgrammeListSchema>;

/**
 * A whole-number setting, published with the domain's range. The domain (`validateProgrammeSettings`)
 * refuses a value outside it with a code that names the field, which the admin page shows beside that
 * field, so the range is not enforced twice here; an integer is, so no huge or fractional number gets
 * that far.
 */
const int = (path: keyof typeof PROGRAMME_SETTING_RANGES) => {
  const [minimum, maximum] = PROGRAMME_SETTING_RANGES[path];
  return z.number().int().meta({ minimum, maximum });
};

/** Every programme setting; ranges and cross-field rules are the domain's (`validateProgrammeSettings`). */
export const ProgrammeSettingsSchema = z
  .strictObject({
    chequesPerClient: int('chequesPerClient'),
    minutesPerCheque: int('minutesPerCheque'),
    chequeValidityMonths: int('chequeValidityMonths'),
    basicSessions: int('basicSessions'),
    sessionsToComplete: int('sessionsToComplete'),
    attendanceCorrectionDays: int('attendanceCorrectionDays'),
    variations: z.strictObject({
      chequesInsteadOfTraining: z.boolean(),
      extraCheques: int('variations.extraCheques'),
      digibuddy: z.boolean(),
    }),
    priceCentsPerCheque: int('priceCentsPerCheque'),
    homeHelpHoursPerMonth: int('homeHelpHoursPerMonth'),
    followUp: z.strictObject({
      pickupOverdueDays: int('followUp.pickupOverdueDays'),
      installationOverdueDays: int('followUp.installationOverdueDays'),
      chequeExpiringDays: int('followUp.chequeExpiringDays'),
      referralMissingDays: int('followUp.referralMissingDays'),
      needsFollowUpDays: int('followUp.needsFollowUpDays'),
      inactiveDays: int('followUp.inactiveDays'),
      sessionChangeNoticeDays: int('followUp.sessionChangeNoticeDays'),
    }),
    languages: z.array(z.string().max(8)).max(40),
  })
  .meta({ id: 'ProgrammeSettings' });
export type ProgrammeSettingsBody = z.infer<typeof ProgrammeSettingsSchema>;

export const ProgrammeSettingsResponseSchema = z
  .object({ programme: z.object({ id: z.string(), name: z.string() }), settings: ProgrammeSettingsSchema })
  .meta({ id: 'ProgrammeSettingsResponse' });
export type ProgrammeSettingsResponse = z.infer<typeof ProgrammeSettingsResponseSchema>;
