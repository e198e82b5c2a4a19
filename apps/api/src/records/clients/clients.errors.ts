import { createErrorFactory } from '../../ground/shared/errors';

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

/** A birth date outside a plausible past; `details.fields` puts the refusal beside the form's field. */
export const createBirthDateOutOfRangeError = ({ earliest, latest }: { earliest: string; latest: string }) =>
  createErrorFactory({
    code: 'client.birth_date_out_of_range',
    status: 400,
    message: `The birth date must lie between ${earliest} and ${latest}.`,
  })({
    details: {
      field: 'birthDate',
      earliest,
      latest,
      fields: [{ path: 'birthDate', code: 'date_out_of_range', message: 'The birth date is not plausible.' }],
    },
  });
