import type { ChequeReasonCode } from '@digipakket/domain';
import type { ErrorCode } from '../../ground/shared/error-codes';
import { createErrorFactory } from '../../ground/shared/errors';

export const createChequeNotFoundError = createErrorFactory({
  code: 'cheque.not_found',
  status: 404,
  message: 'Cheque not found.',
});

export const createClientNotEquippedError = createErrorFactory({
  code: 'cheque.client_not_equipped',
  status: 409,
  message: 'Cheques are issued when the laptop is handed out.',
});

export const createAlreadyIssuedError = createErrorFactory({
  code: 'cheque.already_issued',
  status: 409,
  message: "The programme's cheques were already issued to this client.",
});

export const createNoChequesInPackageError = createErrorFactory({
  code: 'cheque.not_in_package',
  status: 409,
  message: "The client's package holds no home-help cheques.",
});

/** What refuses a cancellation: the domain's `cancelCheque`, or another change that came first. */
const CANCEL_REFUSALS = [
  'cheque.already_redeemed',
  'cheque.expired',
  'cheque.cancelled',
  'cheque.cancel_reason_missing',
  'cheque.changed_meanwhile',
] as const satisfies readonly ErrorCode[];
type CancelRefusal = (typeof CANCEL_REFUSALS)[number];

const isCancelRefusal = (code: string): code is CancelRefusal =>
  (CANCEL_REFUSALS as readonly string[]).includes(code);

export const createChequeRefusedError = ({
  code,
}: {
  code: ChequeReasonCode | 'cheque.changed_meanwhile' | 'cheque.conflict';
}) =>
  createErrorFactory({
    code: isCancelRefusal(code) ? code : 'cheque.conflict',
    status: 409,
    message: 'This cheque cannot be cancelled now.',
  })();

export const createPackageOutOfRangeError = createErrorFactory({
  code: 'cheque.package_out_of_range',
  status: 409,
  message: "The client's package asks for more cheques than a programme allows; correct the intake first.",
});
