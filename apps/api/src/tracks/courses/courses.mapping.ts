import type { AuthContext } from '../../ground/http/app.types';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import type {
  ClientSession,
  GroupSession,
  GroupSummary,
  Location,
  ReferralView,
  Withdrawal,
} from '../training/training.schemas';
import { WITHDRAWAL_REASONS } from '../training/training.schemas';
import type { createCoursesRepository } from './courses.repository';

export const hhmm = (time: string) => time.slice(0, 5);

export const orgOf = ({ actor }: { actor: AuthContext }) => actor.organisation.id;

export function toLocation(row: {
  id: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  accessibility: string | null;
  directions: string | null;
}): Location {
  return {
    id: row.id,
    name: row.name,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    accessibility: row.accessibility,
    directions: row.directions,
  };
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof createCoursesRepository>['listGroups']>>['rows'][number];

export function toGroupSummary(row: GroupRow): GroupSummary {
  const { settings, ...rest } = row;
  return { ...rest, basicSessions: readProgrammeSettings({ stored: settings }).basicSessions };
}

export function toGroupSession(row: {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  locationId: string | null;
  locationName: string | null;
  cancelledAt: Date | null;
}): GroupSession {
  return {
    id: row.id,
    date: row.date,
    startTime: hhmm(row.startTime),
    endTime: hhmm(row.endTime),
    locationId: row.locationId,
    locationName: row.locationName,
    cancelled: row.cancelledAt !== null,
  };
}

export function toReferral(row: {
  decision: 'referred' | 'not_referred';
  courseName: string | null;
  reason: string | null;
  decidedAt: Date;
}): ReferralView {
  return {
    decision: row.decision,
    courseName: row.courseName,
    reason: row.reason,
    decidedAt: row.decidedAt.toISOString(),
  };
}

export function toWithdrawal(row: {
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  withdrawnNote: string | null;
}): Withdrawal | null {
  if (!row.withdrawnAt) return null;
  const reason = WITHDRAWAL_REASONS.find((known) => known === row.withdrawnReason) ?? null;
  return { reason, note: row.withdrawnNote, at: row.withdrawnAt.toISOString() };
}

export function toClientSession({
  session,
  changes,
}: {
  session: {
    id: string;
    date: string;
    startTime: string;
    endTime: string;
    locationName: string | null;
    cancelledAt: Date | null;
  };
  changes: { sessionId: string; kind: string; previousDate: string; previousStartTime: string }[];
}): ClientSession {
  const first = changes.find((change) => change.sessionId === session.id);
  const plannedDate = first?.previousDate ?? session.date;
  const plannedStartTime = hhmm(first?.previousStartTime ?? session.startTime);
  const moved = plannedDate !== session.date || plannedStartTime !== hhmm(session.startTime);
  const relocated = changes.some((change) => change.sessionId === session.id && change.kind === 'moved');
  return {
    id: session.id,
    date: session.date,
    startTime: hhmm(session.startTime),
    endTime: hhmm(session.endTime),
    locationName: session.locationName,
    status: session.cancelledAt !== null ? 'cancelled' : moved || relocated ? 'moved' : 'planned',
    plannedDate,
    plannedStartTime,
  };
}
