import { createErrorFactory } from '../shared/errors';

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

export const createChequeRefusedError = ({ code }: { code: string }) =>
  createErrorFactory({ code, status: 409, message: 'This cheque cannot be cancelled now.' })();

export const createPackageOutOfRangeError = createErrorFactory({
  code: 'cheque.package_out_of_range',
  status: 409,
  message: "The client's package asks for more cheques than a programme allows; correct the intake first.",
});
