import { createErrorFactory } from '../../ground/shared/errors';

export const createEmailTakenError = createErrorFactory({
  code: 'user.email_taken',
  status: 409,
  message: 'An account with this e-mail address already exists.',
});

export const createUserNotFoundError = createErrorFactory({
  code: 'user.not_found',
  status: 404,
  message: 'User not found.',
});

export const createRoleNotOfOrgKindError = createErrorFactory({
  code: 'user.role_not_of_org_kind',
  status: 400,
  message: 'This role does not exist in this kind of organisation.',
});

export const createWeakPasswordError = createErrorFactory({
  code: 'user.password_length',
  status: 400,
  message: 'A password has 8 to 128 characters.',
});

export const createCannotDisableSelfError = createErrorFactory({
  code: 'user.cannot_disable_self',
  status: 409,
  message: 'You cannot disable your own account.',
});
