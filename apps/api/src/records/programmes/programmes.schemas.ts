import { PROGRAMME_SETTING_RANGES } from '@digipakket/domain';
import { z } from 'zod';
import { listOf } from '../../ground/shared/shared.schemas';

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

/** A partner organisation a programme works with. */
export const ProgrammePartnerRefSchema = z.object({ id: z.string(), name: z.string() });

export const ProgrammeSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(['draft', 'active', 'closed']),
    homeHelpPartner: ProgrammePartnerRefSchema.nullable().meta({
      description: 'The organisation that does home help with Digicheques; none when the programme has none.',
    }),
    trainingPartner: ProgrammePartnerRefSchema.nullable().meta({
      description: 'The organisation that gives the basic course; none when the programme has none.',
    }),
    waves: z.array(WaveSummarySchema),
  })
  .meta({ id: 'ProgrammeSummary' });
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

export const ProgrammeListSchema = listOf(ProgrammeSummarySchema, 'ProgrammeList');
export type ProgrammeList = z.infer<typeof ProgrammeListSchema>;

/** Starting a programme: its name and, optionally, the partners that do home help and training. */
export const ProgrammeCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    homeHelpOrgId: z.string().max(64).optional().meta({
      description:
        'A home-help organisation in partnership with the welfare centre (GET /api/programmes/partners).',
    }),
    trainingOrgId: z.string().max(64).optional().meta({
      description:
        'A training organisation in partnership with the welfare centre (GET /api/programmes/partners).',
    }),
  })
  .meta({ id: 'ProgrammeCreate' });
export type ProgrammeCreate = z.infer<typeof ProgrammeCreateSchema>;

export const ProgrammePartnerSchema = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(['home_help', 'training']) })
  .meta({ id: 'ProgrammePartner' });
export type ProgrammePartner = z.infer<typeof ProgrammePartnerSchema>;

export const ProgrammePartnerListSchema = listOf(ProgrammePartnerSchema, 'ProgrammePartnerList');
export type ProgrammePartnerList = z.infer<typeof ProgrammePartnerListSchema>;

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
    costs: z
      .strictObject({
        laptopCents: int('costs.laptopCents'),
        chequeHourCents: int('costs.chequeHourCents'),
        lessonHourCents: int('costs.lessonHourCents'),
      })
      .meta({
        description:
          "What a laptop, an hour of home help with a cheque and a lesson hour cost, in euro cents: the outcome comparison's cost per client and the funder's report count with them.",
      }),
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
    reminderDaysBefore: z.array(z.number().int().min(-1000).max(1000)).max(10).optional().meta({
      description:
        'Whole days before a visit, half-day or pickup its reminders go out (0 to 30, at most four); 5 and 1 when absent.',
    }),
    secondChequeNudgeWeeks: z.number().int().min(-1000).max(1000).optional().meta({
      description:
        'Weeks after the installation visit a client whose second cheque is still unused gets one nudge (0 to 26; 0: none); 4 when absent.',
    }),
  })
  .meta({ id: 'ProgrammeSettings' });
export type ProgrammeSettingsBody = z.infer<typeof ProgrammeSettingsSchema>;

export const ProgrammeSettingsResponseSchema = z
  .object({ programme: z.object({ id: z.string(), name: z.string() }), settings: ProgrammeSettingsSchema })
  .meta({ id: 'ProgrammeSettingsResponse' });
export type ProgrammeSettingsResponse = z.infer<typeof ProgrammeSettingsResponseSchema>;
