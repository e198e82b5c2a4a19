import { TRAJECTORY_END_REASONS } from '@digipakket/domain';
import { z } from 'zod';
import { DataFreshnessSchema } from '../../ground/database/database.freshness.schemas';
import { PaginationQuerySchema } from '../../ground/shared/shared.schemas';
import { clientNameFields } from '../../records/clients/clients.schemas';

/** The steps of the funnel, in order: each client counts in every step they reached. */
export const FUNNEL_STEPS = [
  'referred',
  'approved',
  'equipped',
  'installationVisitDone',
  'trainingCompleted',
  'referredToRegularCourses',
] as const;

/** Every figure of the dashboard that stands for a list of clients. */
export const DASHBOARD_FIGURES = [...FUNNEL_STEPS, 'chequesExpiring', 'chequesExpired'] as const;
export type DashboardFigure = (typeof DASHBOARD_FIGURES)[number];

export const DashboardQuerySchema = z.object({
  programmeId: z.string().max(64).optional(),
  waveId: z.string().max(64).optional(),
});
export type DashboardQuery = z.input<typeof DashboardQuerySchema>;

const missedRateSchema = z.object({
  appointments: z.number().int(),
  missed: z.number().int(),
  /** Missed over appointments, to three decimals; `null` without appointments. */
  rate: z.number().nullable(),
});

/** Missed appointments with a reminder sent before them against those without. */
const reminderComparisonSchema = z.object({
  withReminder: missedRateSchema,
  withoutReminder: missedRateSchema,
  /** Both groups hold at least `minimumPerGroup` appointments; below that the rates are too few to compare. */
  comparable: z.boolean(),
});

export const DashboardSchema = z
  .object({
    programme: z.object({ id: z.string(), name: z.string() }),
    wave: z.object({ id: z.string(), name: z.string() }).nullable(),
    funnel: z.array(z.object({ step: z.enum(FUNNEL_STEPS), clients: z.number().int() })),
    partners: z.object({
      /** Median days from handout to the first home-help visit, over the equipped clients who had one. */
      medianDaysToFirstVisit: z.number().nullable(),
      /** Equipped clients who had a first visit: the median's population. */
      clientsVisited: z.number().int(),
      /** Equipped clients still waiting for a first visit, counted apart from the median. */
      clientsAwaitingFirstVisit: z.number().int(),
      /** Median days those still waiting have waited since handout, to today. */
      medianDaysAwaitingFirstVisit: z.number().nullable(),
      chequesIssued: z.number().int(),
      chequesUsed: z.number().int(),
      chequesOpen: z.number().int(),
      chequesExpiring: z.number().int(),
      chequesExpired: z.number().int(),
      attendanceMarks: z.number().int(),
      attended: z.number().int(),
      /** Present or late over present, late and absent; excused marks do not count. */
      attendanceRate: z.number().nullable(),
    }),
    signals: z.array(
      z.object({
        kind: z.string(),
        owner: z.enum(['welfare', 'home_help', 'training']),
        open: z.number().int(),
      }),
    ),
    stock: z.array(z.object({ status: z.string(), devices: z.number().int() })),
    /** How the closed trajectories ended: completed, or ended early with the reason from the list. */
    endings: z.object({
      completed: z.number().int(),
      endedEarly: z.number().int(),
      byReason: z.array(z.object({ reason: z.enum(TRAJECTORY_END_REASONS), clients: z.number().int() })),
    }),
    /**
     * Per wave (clients without a wave under `wave: null`), home-help visits and training half-days
     * that came to pass, missed or kept, with a reminder sent before them and without.
     */
    reminderEffect: z.object({
      minimumPerGroup: z.number().int(),
      waves: z.array(
        z.object({
          wave: z.object({ id: z.string(), name: z.string() }).nullable(),
          visits: reminderComparisonSchema,
          lessons: reminderComparisonSchema,
        }),
      ),
    }),
    /** Where the figures were read (the standby when one is set) and how old they are. */
    freshness: DataFreshnessSchema,
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof DashboardSchema>;

export const DashboardClientsQuerySchema = PaginationQuerySchema.extend({
  figure: z.enum(DASHBOARD_FIGURES),
  ...DashboardQuerySchema.shape,
});
export type DashboardClientsQuery = z.input<typeof DashboardClientsQuerySchema>;

export const DashboardClientsSchema = z
  .object({
    figure: z.enum(DASHBOARD_FIGURES),
    items: z.array(z.object({ id: z.string(), ...clientNameFields })),
    total: z.number().int(),
    freshness: DataFreshnessSchema,
  })
  .meta({ id: 'DashboardClients' });
export type DashboardClients = z.infer<typeof DashboardClientsSchema>;
