import { createErrorFactory } from '../../ground/shared/errors';

export const createNoDeviceError = createErrorFactory({
  code: 'document.no_device',
  status: 409,
  message: 'The client has no laptop reserved or handed out, so there is no receipt to print.',
});

export const createNoChequesError = createErrorFactory({
  code: 'document.no_cheques',
  status: 409,
  message: 'The client has no open cheques to print.',
});

export const createNoLessonsError = createErrorFactory({
  code: 'document.no_lessons',
  status: 409,
  message: 'The client is not enrolled in a basic course with planned sessions.',
});

export const createBatchNotFoundError = createErrorFactory({
  code: 'document_batch.not_found',
  status: 404,
  message: 'Batch not found.',
});

export const createBatchNotFinishedError = createErrorFactory({
  code: 'document_batch.not_finished',
  status: 409,
  message: 'The batch is still being printed; download it when it has finished.',
});

export const createBatchNoClientsError = createErrorFactory({
  code: 'document_batch.no_clients',
  status: 409,
  message: 'There are no clients to print packs for.',
});
