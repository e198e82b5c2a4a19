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

const int = z.number().int();

/** Every programme setting; ranges and cross-field rules are the domain's (`validateProgrammeSettings`). */
export const ProgrammeSettingsSchema = z
  .strictObject({
    chequesPerClient: int,
    minutesPerCheque: int,
    chequeValidityMonths: int,
    basicSessions: int,
    sessionsToComplete: int,
    attendanceCorrectionDays: int,
    variations: z.strictObject({
      chequesInsteadOfTraining: z.boolean(),
      extraCheques: int,
      digibuddy: z.boolean(),
    }),
    priceCentsPerCheque: int,
    homeHelpHoursPerMonth: int,
    followUp: z.strictObject({
      pickupOverdueDays: int,
      installationOverdueDays: int,
      chequeExpiringDays: int,
      referralMissingDays: int,
      needsFollowUpDays: int,
      inactiveDays: int,
      sessionChangeNoticeDays: int,
    }),
    languages: z.array(z.string().max(8)).max(40),
  })
  .meta({ id: 'ProgrammeSettings' });
export type ProgrammeSettingsBody = z.infer<typeof ProgrammeSettingsSchema>;

export const ProgrammeSettingsResponseSchema = z
  .object({ programme: z.object({ id: z.string(), name: z.string() }), settings: ProgrammeSettingsSchema })
  .meta({ id: 'ProgrammeSettingsResponse' });
export type ProgrammeSettingsResponse = z.infer<typeof ProgrammeSettingsResponseSchema>;
