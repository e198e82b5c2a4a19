import { createErrorFactory } from '../shared/errors';

export const createTenantSlugTakenError = createErrorFactory({
  code: 'tenant.slug_taken',
  status: 409,
  message: 'A tenant with this slug already exists.',
});

export const createTenantNotFoundError = createErrorFactory({
  code: 'tenant.not_found',
  status: 404,
  message: 'Tenant not found.',
});

export const createOrganisationNotFoundError = createErrorFactory({
  code: 'organisation.not_found',
  status: 404,
  message: 'Organisation not found.',
});

export const createWelfareOrganisationExistsError = createErrorFactory({
  code: 'organisation.welfare_exists',
  status: 409,
  message: 'This tenant already has its welfare organisation.',
});

export const createPartnershipExistsError = createErrorFactory({
  code: 'partnership.exists',
  status: 409,
  message: 'This organisation already works for this tenant.',
});

export const createPartnerKindError = createErrorFactory({
  code: 'partnership.not_a_partner',
  status: 400,
  message: 'Only home-help and training organisations can be partners of a tenant.',
});
