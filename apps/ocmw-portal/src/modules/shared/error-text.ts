import { type ErrorCodeMap, errorMessageKey, isApiError } from '@digipakket/portal-kit';
import type { OcmwKey } from '../../i18n/ocmw.dictionary.nl';
import { i18n, t } from '../../portal';

/** The journey's own API refusals, each with the words a social worker acts on. */
const JOURNEY_ERROR_KEYS: ErrorCodeMap<OcmwKey> = {
  'client.duplicate_national_number': 'error.clientDuplicateNationalNumber',
  'intake.not_eligible': 'error.intakeNotEligible',
  'intake.override_reason_too_short': 'error.intakeOverrideTooShort',
  'intake.answers_incomplete': 'error.intakeAnswersIncomplete',
  'intake.wave_required': 'error.intakeWaveRequired',
  'intake.package_change_reason_missing': 'error.intakePackageReason',
  'intake.already_decided': 'error.intakeAlreadyDecided',
  'intake.locked': 'error.intakeLocked',
  'intake.no_programme': 'error.intakeNoProgramme',
  'guidance.no_intake': 'error.guidanceNoIntake',
  'guidance.unknown_digipunt': 'error.guidanceUnknownDigipunt',
  'guidance.buddy_not_offered': 'error.buddyNotOffered',
  'guidance.buddy_already_paired': 'error.buddyAlreadyPaired',
  'guidance.buddy_pairing_ended': 'error.buddyPairingEnded',
  'guidance.buddy_starts_in_future': 'error.buddyStartsInFuture',
  'guidance.buddy_agreed_end_before_start': 'error.buddyAgreedEndBeforeStart',
  'guidance.buddy_meeting_before_start': 'error.buddyMeetingBeforeStart',
  'guidance.buddy_meeting_in_future': 'error.buddyMeetingInFuture',
  'guidance.buddy_end_before_start': 'error.buddyEndBeforeStart',
  'guidance.buddy_end_in_future': 'error.buddyEndInFuture',
  'device.not_in_stock': 'error.deviceNotInStock',
  'device.client_not_approved': 'error.deviceClientNotApproved',
  'device.client_already_holds': 'error.deviceClientAlreadyHolds',
  'device.duplicate_serial': 'error.deviceDuplicateSerial',
  'device.batch_empty': 'error.deviceBatchEmpty',
  'device.signature_missing': 'error.deviceSignatureMissing',
  'device.not_reserved': 'error.deviceChanged',
  'device.not_handed_out': 'error.deviceChanged',
  'device.changed_meanwhile': 'error.deviceChanged',
  'device.cannot_restock': 'error.deviceCannotRestock',
  'cheque.client_not_equipped': 'error.chequeNotEquipped',
  'cheque.already_issued': 'error.chequeAlreadyIssued',
  'cheque.not_in_package': 'error.chequeNotInPackage',
  'cheque.already_redeemed': 'error.chequeClosed',
  'cheque.cancelled': 'error.chequeClosed',
  'cheque.expired': 'error.chequeClosed',
  'import.header_invalid': 'error.importHeader',
  'programme.already_active': 'error.programmeAlreadyActive',
  'programme.partner_invalid': 'error.programmePartnerInvalid',
  'digipunten.nothing_to_import': 'error.digipuntenNothingToImport',
};

/** What went wrong, in words, with the request reference when there is one. */
export function errorText(error: unknown): string {
  const own = isApiError(error) ? JOURNEY_ERROR_KEYS[error.code] : undefined;
  const text = own ? t(own) : t(errorMessageKey(error));
  return isApiError(error) && error.requestId && !own
    ? `${text} ${t('error.reference', { requestId: error.requestId })}`
    : text;
}

/** The words for a feature's own refusals (`keys` by API code), and `errorText` for any other failure. */
export function refusalTextOf(keys: ErrorCodeMap<OcmwKey>): (caught: unknown) => string {
  return (caught) => {
    const key = isApiError(caught) ? keys[caught.code] : undefined;
    return key ? t(key) : errorText(caught);
  };
}

/** An instant or a calendar day as the portal's language writes it. */
export function formatDay(value: string | null | undefined, withTime = false): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return i18n.formatDate(
    date,
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  );
}
