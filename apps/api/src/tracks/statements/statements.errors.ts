import { createErrorFactory } from '../../ground/shared/errors';

export const createStatementNotFoundError = createErrorFactory({
  code: 'statement.not_found',
  status: 404,
  message: 'Statement not found.',
});

export const createStatementLineNotFoundError = createErrorFactory({
  code: 'statement_line.not_found',
  status: 404,
  message: 'Statement line not found.',
});

export const createStatementExistsError = createErrorFactory({
  code: 'statement.already_exists',
  status: 409,
  message: 'A statement for this welfare centre and month already exists.',
});

export const createStatementEmptyError = createErrorFactory({
  code: 'statement.empty',
  status: 409,
  message: 'No redeemed cheque of this month is left to put on a statement.',
});

export const createStatementChequeStatedError = createErrorFactory({
  code: 'statement.cheque_already_stated',
  status: 409,
  message: 'A cheque of this month was put on another statement at the same time; try again.',
});

export const createTenantNotServedError = createErrorFactory({
  code: 'tenant.not_found',
  status: 404,
  message: 'Your organisation does not work for this welfare centre.',
});

export const createDisputeReasonMissingError = createErrorFactory({
  code: 'statement_line.dispute_reason_missing',
  status: 400,
  message: 'Say why the line is disputed.',
});

export const createStatementNotDraftError = createErrorFactory({
  code: 'statement.already_sent',
  status: 409,
  message: 'This statement has been sent and can no longer change.',
});

export const createStatementNotOpenError = createErrorFactory({
  code: 'statement.already_reconciled',
  status: 409,
  message: 'This statement has been reconciled and can no longer change.',
});

export const createStatementLinesOpenError = createErrorFactory({
  code: 'statement.lines_open',
  status: 409,
  message: 'Match or dispute every line before closing the reconciliation.',
});
