import { createErrorFactory } from '../../ground/shared/errors';

export const createNothingToImportError = createErrorFactory({
  code: 'digipunten.nothing_to_import',
  status: 400,
  message: 'The file holds no valid Digipunt; the directory was left as it was.',
});
