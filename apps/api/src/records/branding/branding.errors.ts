import { createErrorFactory } from '../../ground/shared/errors';

export const createBrandingPartnerInvalidError = createErrorFactory({
  code: 'branding.partner_invalid',
  status: 400,
  message:
    'A phone number is given for an organisation that does not work for this welfare centre; details.field names the field.',
});
