import type { Cheque, ChequeCode, VisitTopic } from '@digipakket/domain';
import { localDateTimeToInstant, shiftDate } from '../../ground/shared/clock';
import type { ChequeRow } from './cheques.repository';

/**
 * What a stored cheque needs to become the domain's `Cheque`: the cheque's own columns, and, for a
 * redeemed one read with its visit, the visit's columns (without them the visit is left blank).
 */
export type ChequeRowForDomain = Pick<
  ChequeRow,
  | 'code'
  | 'clientId'
  | 'purpose'
  | 'status'
  | 'issuedAt'
  | 'validUntil'
  | 'updatedAt'
  | 'appointmentAt'
  | 'studentUserId'
  | 'redeemedAt'
  | 'cancelledReason'
> & {
  visitStudentUserId?: string | null;
  visitedOn?: string | null;
  minutes?: number | null;
  topics?: string[] | null;
  notes?: string | null;
  needsFollowUp?: boolean | null;
};

/**
 * The instant a cheque stops being valid. `valid_until` is the last day it can be used, a calendar
 * day in the programme's time zone, so the cheque expires at the start of the next day there (a
 * cheque valid until 12 March is still good at 23:59 Brussels time on 12 March).
 */
export function chequeExpiryInstant({
  validUntil,
  timeZone,
}: {
  validUntil: string;
  timeZone: string;
}): Date {
  return localDateTimeToInstant({ date: shiftDate({ date: validUntil, days: 1 }), time: '00:00', timeZone });
}

/** The one conversion of a stored cheque into the domain's `Cheque`, for every transition. */
export function toDomainCheque({ row, timeZone }: { row: ChequeRowForDomain; timeZone: string }): Cheque {
  const base = {
    code: row.code as ChequeCode,
    clientId: row.clientId,
    sequence: row.purpose === 'installation' ? 1 : 2,
    purpose: row.purpose,
    issuedAt: row.issuedAt,
    validUntil: chequeExpiryInstant({ validUntil: row.validUntil, timeZone }),
  };
  const since = row.updatedAt;
  switch (row.status) {
    case 'issued':
      return { ...base, status: 'issued' };
    case 'requested':
      return { ...base, status: 'requested', requestedAt: since };
    case 'scheduled':
      return {
        ...base,
        status: 'scheduled',
        requestedAt: since,
        scheduledFor: row.appointmentAt ?? since,
        studentId: row.studentUserId ?? '',
      };
    case 'redeemed':
      return {
        ...base,
        status: 'redeemed',
        redeemedAt: row.redeemedAt ?? since,
        visit: {
          studentId: row.visitStudentUserId ?? row.studentUserId ?? '',
          date: row.visitedOn ?? '',
          minutes: row.minutes ?? 0,
          topics: (row.topics ?? []) as VisitTopic[],
          notes: row.notes ?? '',
          needsFollowUp: row.needsFollowUp ?? false,
        },
      };
    case 'expired':
      return { ...base, status: 'expired', expiredAt: since };
    case 'cancelled':
      return { ...base, status: 'cancelled', cancelledAt: since, reason: row.cancelledReason ?? '' };
  }
}
