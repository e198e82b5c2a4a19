import { isTrajectoryFinished, type TrajectoryStatus } from '../trajectory/trajectory';

/**
 * How many months a tenant may keep a client's data after the trajectory ended: at least a year
 * (complaints, audits of the subsidy), at most ten; five unless the tenant chooses otherwise.
 *
 * @example
 * RETENTION_MONTHS.default; // 60
 */
export const RETENTION_MONTHS = { min: 12, max: 120, default: 60 } as const;

/**
 * Whether a retention period in months is one a tenant may set.
 *
 * @example
 * isValidRetentionMonths(60); // true
 * isValidRetentionMonths(6); // false
 */
export function isValidRetentionMonths(months: number): boolean {
  return Number.isInteger(months) && months >= RETENTION_MONTHS.min && months <= RETENTION_MONTHS.max;
}

/**
 * The instant before which a trajectory must have ended for its client to be anonymised: `now`
 * minus `months` calendar months (UTC; a day missing in the shorter month falls back to its last day).
 *
 * @example
 * retentionCutoff({ now: new Date('2025-03-31T08:00:00Z'), months: 1 }); // 2025-02-28T08:00:00Z
 */
export function retentionCutoff({ now, months }: { now: Date; months: number }): Date {
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const timeOfDay = now.getTime() - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(now.getUTCDate(), lastDay)) + timeOfDay,
  );
}

/**
 * Whether a client's trajectory has ended, for retention and erasure: it never started (no intake
 * in any programme), or its status is final (rejected, completed, dropped out or closed).
 *
 * @example
 * hasTrajectoryEnded({ started: true, status: 'completed' }); // true
 * hasTrajectoryEnded({ started: false, status: 'referred' }); // true
 * hasTrajectoryEnded({ started: true, status: 'in_guidance' }); // false
 */
export function hasTrajectoryEnded({
  started,
  status,
}: {
  started: boolean;
  status: TrajectoryStatus;
}): boolean {
  return !started || isTrajectoryFinished(status);
}

/**
 * Whether a client's personal data is due for anonymisation: the trajectory has ended (see
 * {@link hasTrajectoryEnded}) and the last change to the client's file is older than the retention
 * period. A trajectory still open is never due, however old.
 *
 * @example
 * isDueForAnonymisation({ started: true, status: 'completed', lastChangeAt: new Date('2019-01-01'), now: new Date('2025-03-12'), months: 60 }); // true
 * isDueForAnonymisation({ started: true, status: 'in_guidance', lastChangeAt: new Date('2019-01-01'), now: new Date('2025-03-12'), months: 60 }); // false
 */
export function isDueForAnonymisation({
  started,
  status,
  lastChangeAt,
  now,
  months,
}: {
  started: boolean;
  status: TrajectoryStatus;
  lastChangeAt: Date;
  now: Date;
  months: number;
}): boolean {
  if (!hasTrajectoryEnded({ started, status })) return false;
  return lastChangeAt.getTime() < retentionCutoff({ now, months }).getTime();
}
