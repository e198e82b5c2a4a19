import { createErrorFactory } from '../shared/errors';

export const createClientNotFoundError = createErrorFactory({
  code: 'client.not_found',
  status: 404,
  message: 'Client not found.',
});

export const createDuplicateFileNumberError = createErrorFactory({
  code: 'client.duplicate_file_number',
  status: 409,
  message: 'A client with this file number already exists.',
});

export const createDuplicateNationalNumberError = createErrorFactory({
  code: 'client.duplicate_national_number',
  status: 409,
  message: 'A client with this national register number already exists.',
});
