import { PACKAGE_CHEQUES, type ProgrammeSettings } from '../programme/programme';
import type { Outcome, Reason } from '../shared/result';
import { assertNever, refuse } from '../shared/result';
import { addMonths, toCalendarDate } from '../shared/time';
import type { VisitReasonCode, VisitRecord } from '../visits/visits';
import { validateVisit } from '../visits/visits';
import type { ChequeCode } from './cheque-code';
import { CHEQUE_CODE_RANDOM_BYTES, generateChequeCode } from './cheque-code';

/**
 * The states of a home-help cheque.
 *
 * @example
 * CHEQUE_STATUSES.includes('scheduled'); // true
 */
export const CHEQUE_STATUSES = [
  'issued',
  'requested',
  'scheduled',
  'redeemed',
  'expired',
  'cancelled',
] as const;

/** One of {@link CHEQUE_STATUSES}. @example const status: ChequeStatus = 'redeemed'; */
export type ChequeStatus = (typeof CHEQUE_STATUSES)[number];

/**
 * The states from which a cheque can still be used.
 *
 * @example
 * OPEN_CHEQUE_STATUSES.includes('redeemed'); // false
 */
export const OPEN_CHEQUE_STATUSES = ['issued', 'requested', 'scheduled'] as const;

/**
 * What a cheque is for: the first installs the laptop and teaches the absolute basics; the others are
 * free to use when the client needs help.
 *
 * @example
 * CHEQUE_PURPOSES; // ['installation', 'free']
 */
export const CHEQUE_PURPOSES = ['installation', 'free'] as const;

/** One of {@link CHEQUE_PURPOSES}. @example const purpose: ChequePurpose = 'installation'; */
export type ChequePurpose = (typeof CHEQUE_PURPOSES)[number];

interface ChequeBase {
  readonly code: ChequeCode;
  readonly clientId: string;
  /** 1 for the first cheque of the client, 2 for the next, ... */
  readonly sequence: number;
  readonly purpose: ChequePurpose;
  readonly issuedAt: Date;
  /** The cheque can be used until (not including) this instant. */
  readonly validUntil: Date;
}

/**
 * A home-help cheque, identified by its code. A redeemed cheque carries its one visit.
 *
 * @example
 * const cheque: Cheque = { status: 'issued', code, clientId: 'cli_1', sequence: 1, purpose: 'installation',
 *   issuedAt: new Date('2025-04-01T09:00:00Z'), validUntil: new Date('2026-04-01T09:00:00Z') };
 */
export type Cheque =
  | (ChequeBase & { readonly status: 'issued' })
  | (ChequeBase & { readonly status: 'requested'; readonly requestedAt: Date })
  | (ChequeBase & {
      readonly status: 'scheduled';
      readonly requestedAt: Date;
      readonly scheduledFor: Date;
      readonly studentId: string;
    })
  | (ChequeBase & {
      readonly status: 'redeemed';
      readonly redeemedAt: Date;
      readonly visit: VisitRecord;
      readonly installationOverride?: string;
    })
  | (ChequeBase & { readonly status: 'expired'; readonly expiredAt: Date })
  | (ChequeBase & { readonly status: 'cancelled'; readonly cancelledAt: Date; readonly reason: string });

/** A cheque in one given state. @example const redeemed: ChequeIn<'redeemed'> = ...; */
export type ChequeIn<S extends ChequeStatus> = Extract<Cheque, { status: S }>;

/**
 * Issues the programme's cheques for one client: codes from the random source, the first for
 * installation, the rest free, valid for the programme's number of months from `now`. `count` defaults
 * to the programme's cheques per client (pass the recommended package's count when a variation adds
 * cheques). `randomBytes` is called once per code, e.g. node's `crypto.randomBytes`. A count outside
 * {@link PACKAGE_CHEQUES} is a caller's mistake (packages are checked before they are stored) and
 * throws a `RangeError` before any code is drawn.
 *
 * @example
 * import { randomBytes } from 'node:crypto';
 * const { cheques } = issueCheques({ clientId: 'cli_1', settings: defaultProgrammeSettings(), now, randomBytes });
 * cheques.map((cheque) => cheque.purpose); // ['installation', 'free']
 */
export function issueCheques({
  clientId,
  settings,
  now,
  randomBytes,
  count = settings.chequesPerClient,
  firstSequence = 1,
}: {
  clientId: string;
  settings: Pick<ProgrammeSettings, 'chequesPerClient' | 'chequeValidityMonths'>;
  now: Date;
  randomBytes: (size: number) => Uint8Array;
  count?: number;
  /** Continue numbering when a client gets extra cheques later; only sequence 1 is for installation. */
  firstSequence?: number;
}): { cheques: ChequeIn<'issued'>[] } {
  if (!Number.isInteger(count) || count < PACKAGE_CHEQUES.min || count > PACKAGE_CHEQUES.max) {
    throw new RangeError(
      `A package holds ${PACKAGE_CHEQUES.min} to ${PACKAGE_CHEQUES.max} cheques, not ${count}.`,
    );
  }
  const validUntil = addMonths({ instant: now, months: settings.chequeValidityMonths });
  const codes = new Set<ChequeCode>();
  while (codes.size < count) {
    codes.add(generateChequeCode({ randomBytes: randomBytes(CHEQUE_CODE_RANDOM_BYTES) }).code);
  }
  return {
    cheques: [...codes].map((code, index) => {
      const sequence = firstSequence + index;
      return {
        status: 'issued',
        code,
        clientId,
        sequence,
        purpose: sequence === 1 ? 'installation' : 'free',
        issuedAt: now,
        validUntil,
      };
    }),
  };
}

/**
 * Whether a cheque is still open (issued, requested or scheduled).
 *
 * @example
 * isChequeOpen(cheque); // true for an issued cheque
 */
export function isChequeOpen(cheque: Cheque): cheque is ChequeIn<'issued' | 'requested' | 'scheduled'> {
  return cheque.status === 'issued' || cheque.status === 'requested' || cheque.status === 'scheduled';
}

/**
 * Whether an open cheque's validity has run out at `now` (whether or not it was marked expired yet).
 *
 * @example
 * isChequePastValidity({ cheque, now: new Date('2027-01-01T00:00:00Z') }); // true
 */
export function isChequePastValidity({ cheque, now }: { cheque: Cheque; now: Date }): boolean {
  return now.getTime() >= cheque.validUntil.getTime();
}

/**
 * Codes a cheque transition can refuse with.
 *
 * @example
 * const code: ChequeReasonCode = 'cheque.installation_first';
 */
export type ChequeReasonCode =
  | 'cheque.already_redeemed'
  | 'cheque.expired'
  | 'cheque.cancelled'
  | 'cheque.not_issued'
  | 'cheque.not_requested'
  | 'cheque.not_scheduled'
  | 'cheque.not_yet_expired'
  | 'cheque.installation_first'
  | 'cheque.override_reason_missing'
  | 'cheque.cancel_reason_missing'
  | 'cheque.schedule_in_past'
  | 'cheque.student_missing'
  | VisitReasonCode;

/** The result of a cheque transition. @example const result: ChequeOutcome = requestCheque({ cheque, now }); */
export type ChequeOutcome = Outcome<{ cheque: Cheque }, ChequeReasonCode>;

function closedReason(cheque: Cheque): Reason<ChequeReasonCode> | null {
  switch (cheque.status) {
    case 'redeemed':
      return { code: 'cheque.already_redeemed', redeemedAt: cheque.redeemedAt.toISOString() };
    case 'expired':
      return { code: 'cheque.expired', validUntil: cheque.validUntil.toISOString() };
    case 'cancelled':
      return { code: 'cheque.cancelled', reason: cheque.reason };
    case 'issued':
    case 'requested':
    case 'scheduled':
      return null;
    default:
      return assertNever(cheque);
  }
}

function openOrRefusal(cheque: Cheque, now: Date): Reason<ChequeReasonCode> | null {
  const closed = closedReason(cheque);
  if (closed) return closed;
  if (isChequePastValidity({ cheque, now })) {
    return { code: 'cheque.expired', validUntil: cheque.validUntil.toISOString() };
  }
  return null;
}

function base(cheque: Cheque): ChequeBase {
  const { code, clientId, sequence, purpose, issuedAt, validUntil } = cheque;
  return { code, clientId, sequence, purpose, issuedAt, validUntil };
}

/**
 * The client asks for a visit with an issued cheque.
 *
 * @example
 * requestCheque({ cheque, now }); // { ok: true, cheque: { status: 'requested', requestedAt: now, ... } }
 */
export function requestCheque({ cheque, now }: { cheque: Cheque; now: Date }): ChequeOutcome {
  const refusal = openOrRefusal(cheque, now);
  if (refusal) return refuse(refusal);
  if (cheque.status !== 'issued') return refuse({ code: 'cheque.not_issued', status: cheque.status });
  return { ok: true, cheque: { ...base(cheque), status: 'requested', requestedAt: now } };
}

/**
 * The home-help coordinator plans the visit of a requested cheque with a student.
 *
 * @example
 * scheduleCheque({ cheque: requested, scheduledFor: new Date('2025-04-10T14:00:00Z'), studentId: 'usr_7', now });
 */
export function scheduleCheque({
  cheque,
  scheduledFor,
  studentId,
  now,
}: {
  cheque: Cheque;
  scheduledFor: Date;
  studentId: string;
  now: Date;
}): ChequeOutcome {
  const refusal = openOrRefusal(cheque, now);
  if (refusal) return refuse(refusal);
  if (cheque.status !== 'requested') return refuse({ code: 'cheque.not_requested', status: cheque.status });
  if (studentId.trim() === '') return refuse({ code: 'cheque.student_missing' });
  if (scheduledFor.getTime() < now.getTime()) return refuse({ code: 'cheque.schedule_in_past' });
  return {
    ok: true,
    cheque: {
      ...base(cheque),
      status: 'scheduled',
      requestedAt: cheque.requestedAt,
      scheduledFor,
      studentId,
    },
  };
}

/**
 * A scheduled visit did not happen (no-show) or is moved: the cheque is requested again.
 *
 * @example
 * unscheduleCheque({ cheque: scheduled, now }); // { ok: true, cheque: { status: 'requested', ... } }
 */
export function unscheduleCheque({ cheque, now }: { cheque: Cheque; now: Date }): ChequeOutcome {
  const refusal = openOrRefusal(cheque, now);
  if (refusal) return refuse(refusal);
  if (cheque.status !== 'scheduled') return refuse({ code: 'cheque.not_scheduled', status: cheque.status });
  return { ok: true, cheque: { ...base(cheque), status: 'requested', requestedAt: cheque.requestedAt } };
}

/**
 * A student redeems a cheque with the record of the visit. Refused when the cheque was already
 * redeemed, has expired or was cancelled, when the visit record is invalid, or when a free cheque is
 * used before the client's installation cheque (unless `installationOverride` gives a reason). A
 * student may redeem by code on the spot, so issued and requested cheques can be redeemed too.
 *
 * @example
 * redeemCheque({ cheque, visit, now, installationRedeemed: false });
 * // for a 'free' cheque: { ok: false, reasons: [{ code: 'cheque.installation_first' }] }
 */
export function redeemCheque({
  cheque,
  visit,
  now,
  installationRedeemed,
  installationOverride,
}: {
  cheque: Cheque;
  visit: VisitRecord;
  now: Date;
  /** Whether this client's installation cheque was already redeemed. */
  installationRedeemed: boolean;
  /** Why a free cheque may be used before the installation cheque (e.g. the laptop was installed by family). */
  installationOverride?: string;
}): ChequeOutcome {
  const refusal = openOrRefusal(cheque, now);
  if (refusal) return refuse(refusal);
  const override = installationOverride?.trim();
  if (cheque.purpose === 'free' && !installationRedeemed) {
    if (override === undefined) return refuse({ code: 'cheque.installation_first' });
    if (override === '') return refuse({ code: 'cheque.override_reason_missing' });
  }
  // A visit lies between the day the cheque was issued and today.
  const valid = validateVisit({
    visit,
    today: toCalendarDate({ instant: now }),
    earliest: toCalendarDate({ instant: cheque.issuedAt }),
  });
  if (!valid.ok) return { ok: false, reasons: valid.reasons };
  const usedOverride = cheque.purpose === 'free' && !installationRedeemed ? override : undefined;
  return {
    ok: true,
    cheque: {
      ...base(cheque),
      status: 'redeemed',
      redeemedAt: now,
      visit,
      ...(usedOverride === undefined ? {} : { installationOverride: usedOverride }),
    },
  };
}

/**
 * Marks an open cheque as expired once its validity has run out.
 *
 * @example
 * expireCheque({ cheque, now: cheque.validUntil }); // { ok: true, cheque: { status: 'expired', ... } }
 */
export function expireCheque({ cheque, now }: { cheque: Cheque; now: Date }): ChequeOutcome {
  const closed = closedReason(cheque);
  if (closed) return refuse(closed);
  if (!isChequePastValidity({ cheque, now })) {
    return refuse({ code: 'cheque.not_yet_expired', validUntil: cheque.validUntil.toISOString() });
  }
  return { ok: true, cheque: { ...base(cheque), status: 'expired', expiredAt: now } };
}

/**
 * The welfare centre cancels an open cheque, with a reason.
 *
 * @example
 * cancelCheque({ cheque, reason: 'Client moved to another city', now });
 */
export function cancelCheque({
  cheque,
  reason,
  now,
}: {
  cheque: Cheque;
  reason: string;
  now: Date;
}): ChequeOutcome {
  const closed = closedReason(cheque);
  if (closed) return refuse(closed);
  if (reason.trim() === '') return refuse({ code: 'cheque.cancel_reason_missing' });
  return {
    ok: true,
    cheque: { ...base(cheque), status: 'cancelled', cancelledAt: now, reason: reason.trim() },
  };
}

/**
 * Every open cheque whose validity has run out at `now`, marked expired: run it daily.
 *
 * @example
 * expireDueCheques({ cheques, now }); // { expired: [{ status: 'expired', ... }] }
 */
export function expireDueCheques({ cheques, now }: { cheques: readonly Cheque[]; now: Date }): {
  expired: ChequeIn<'expired'>[];
} {
  const expired: ChequeIn<'expired'>[] = [];
  for (const cheque of cheques) {
    const result = expireCheque({ cheque, now });
    if (result.ok) expired.push(result.cheque as ChequeIn<'expired'>);
  }
  return { expired };
}

/**
 * What can be done to a cheque.
 *
 * @example
 * const command: ChequeCommand = { type: 'cancel', reason: 'Duplicate issue' };
 */
export type ChequeCommand =
  | { readonly type: 'request' }
  | { readonly type: 'schedule'; readonly scheduledFor: Date; readonly studentId: string }
  | { readonly type: 'unschedule' }
  | {
      readonly type: 'redeem';
      readonly visit: VisitRecord;
      readonly installationRedeemed: boolean;
      readonly installationOverride?: string;
    }
  | { readonly type: 'expire' }
  | { readonly type: 'cancel'; readonly reason: string };

/**
 * Applies any cheque command; one entry point for the API and for property tests.
 *
 * @example
 * decideCheque({ cheque, command: { type: 'request' }, now });
 */
export function decideCheque({
  cheque,
  command,
  now,
}: {
  cheque: Cheque;
  command: ChequeCommand;
  now: Date;
}): ChequeOutcome {
  switch (command.type) {
    case 'request':
      return requestCheque({ cheque, now });
    case 'schedule':
      return scheduleCheque({
        cheque,
        scheduledFor: command.scheduledFor,
        studentId: command.studentId,
        now,
      });
    case 'unschedule':
      return unscheduleCheque({ cheque, now });
    case 'redeem':
      return redeemCheque({
        cheque,
        visit: command.visit,
        now,
        installationRedeemed: command.installationRedeemed,
        ...(command.installationOverride === undefined
          ? {}
          : { installationOverride: command.installationOverride }),
      });
    case 'expire':
      return expireCheque({ cheque, now });
    case 'cancel':
      return cancelCheque({ cheque, reason: command.reason, now });
    default:
      return assertNever(command);
  }
}
