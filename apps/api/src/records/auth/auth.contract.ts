import { route, types } from '../../ground/shared/route-contract';
import type {
  ActiveSessionListSchema,
  ChangePasswordRequestSchema,
  EndedSessionsSchema,
  FactorEnrolledSchema,
  LoginRequestSchema,
  MeSchema,
  OwnFactorsSchema,
  PasskeyAssertionSchema,
  PasskeyOptionsSchema,
  PasskeyRegistrationSchema,
  PasswordResetRequestSchema,
  RecoveryCodesSchema,
  SecondFactorCodeSchema,
  SecondFactorPolicySchema,
  SecondFactorPolicyUpdateSchema,
  SignInLinkInfoSchema,
  SignInLinkTokenSchema,
  TotpSetupSchema,
  UsedSignInLinkSchema,
  UseSignInLinkRequestSchema,
} from './auth.schemas';

/** The session routes as the portals call them. */
export const AUTH_ROUTES = {
  login: route('POST', '/auth/login', types<{ body: typeof LoginRequestSchema; answer: typeof MeSchema }>()),
  logout: route('POST', '/auth/logout'),
  me: route('GET', '/auth/me', types<{ answer: typeof MeSchema }>()),
  changePassword: route(
    'POST',
    '/auth/password',
    types<{ body: typeof ChangePasswordRequestSchema; answer: typeof MeSchema }>(),
  ),
  checkLink: route(
    'POST',
    '/auth/links/check',
    types<{ body: typeof SignInLinkTokenSchema; answer: typeof SignInLinkInfoSchema }>(),
  ),
  useLink: route(
    'POST',
    '/auth/links/use',
    types<{ body: typeof UseSignInLinkRequestSchema; answer: typeof UsedSignInLinkSchema }>(),
  ),
  requestPasswordReset: route(
    'POST',
    '/auth/password-reset',
    types<{ body: typeof PasswordResetRequestSchema }>(),
  ),
  sessions: route('GET', '/auth/sessions', types<{ answer: typeof ActiveSessionListSchema }>()),
  endSession: route('DELETE', '/auth/sessions/{id}'),
  endOtherSessions: route(
    'POST',
    '/auth/sessions/end-others',
    types<{ answer: typeof EndedSessionsSchema }>(),
  ),
  ownFactors: route('GET', '/auth/second-factor', types<{ answer: typeof OwnFactorsSchema }>()),
  verifyPasskeyOptions: route(
    'POST',
    '/auth/second-factor/verify/passkey/options',
    types<{ answer: typeof PasskeyOptionsSchema }>(),
  ),
  verifyPasskey: route(
    'POST',
    '/auth/second-factor/verify/passkey',
    types<{ body: typeof PasskeyAssertionSchema; answer: typeof MeSchema }>(),
  ),
  verifyCode: route(
    'POST',
    '/auth/second-factor/verify/code',
    types<{ body: typeof SecondFactorCodeSchema; answer: typeof MeSchema }>(),
  ),
  passkeyOptions: route(
    'POST',
    '/auth/second-factor/passkeys/options',
    types<{ answer: typeof PasskeyOptionsSchema }>(),
  ),
  addPasskey: route(
    'POST',
    '/auth/second-factor/passkeys',
    types<{ body: typeof PasskeyRegistrationSchema; answer: typeof FactorEnrolledSchema }>(),
  ),
  removePasskey: route('DELETE', '/auth/second-factor/passkeys/{id}'),
  startTotp: route('POST', '/auth/second-factor/totp/setup', types<{ answer: typeof TotpSetupSchema }>()),
  confirmTotp: route(
    'POST',
    '/auth/second-factor/totp',
    types<{ body: typeof SecondFactorCodeSchema; answer: typeof FactorEnrolledSchema }>(),
  ),
  removeTotp: route('DELETE', '/auth/second-factor/totp'),
  renewRecoveryCodes: route(
    'POST',
    '/auth/second-factor/recovery-codes',
    types<{ answer: typeof RecoveryCodesSchema }>(),
  ),
  secondFactorPolicy: route(
    'GET',
    '/auth/second-factor/policy',
    types<{ answer: typeof SecondFactorPolicySchema }>(),
  ),
  setSecondFactorPolicy: route(
    'PUT',
    '/auth/second-factor/policy',
    types<{ body: typeof SecondFactorPolicyUpdateSchema; answer: typeof SecondFactorPolicySchema }>(),
  ),
  resetFactors: route('POST', '/users/{id}/second-factor/reset'),
};
