import type { DeviceReasonCode } from '@digipakket/domain';
import { createErrorFactory } from '../../ground/shared/errors';

export const createDeviceNotFoundError = createErrorFactory({
  code: 'device.not_found',
  status: 404,
  message: 'Device not found.',
});

export const createDuplicateSerialError = createErrorFactory({
  code: 'device.duplicate_serial',
  status: 409,
  message: 'Some serial numbers appear twice or are already in stock; nothing was received.',
});

export const createEmptyBatchError = createErrorFactory({
  code: 'device.batch_empty',
  status: 400,
  message: 'Paste at least one serial number.',
});

export const createDeviceTransitionRefusedError = ({
  code,
  status,
}: {
  code: DeviceReasonCode | 'device.changed_meanwhile' | 'device.conflict';
  status?: string;
}) =>
  createErrorFactory({ code, status: 409, message: 'This device cannot make that change now.' })({
    details: status ? { status } : {},
  });

export const createClientNotApprovedError = createErrorFactory({
  code: 'device.client_not_approved',
  status: 409,
  message: 'Only an approved client can get a laptop reserved.',
});

export const createClientAlreadyHoldsError = createErrorFactory({
  code: 'device.client_already_holds',
  status: 409,
  message: 'This client already has a laptop reserved or handed out.',
});

export const createSignatureMissingError = createErrorFactory({
  code: 'device.signature_missing',
  status: 400,
  message: 'Draw the signature, or record that the receipt was signed on paper.',
});
