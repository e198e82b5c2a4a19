import { contract, types } from '../../ground/shared/route-contract';
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

type Shapes = {
  login: { body: typeof LoginRequestSchema; answer: typeof MeSchema };
  me: { answer: typeof MeSchema };
  changePassword: { body: typeof ChangePasswordRequestSchema; answer: typeof MeSchema };
  checkLink: { body: typeof SignInLinkTokenSchema; answer: typeof SignInLinkInfoSchema };
  useLink: { body: typeof UseSignInLinkRequestSchema; answer: typeof UsedSignInLinkSchema };
  requestPasswordReset: { body: typeof PasswordResetRequestSchema };
  sessions: { answer: typeof ActiveSessionListSchema };
  endOtherSessions: { answer: typeof EndedSessionsSchema };
  ownFactors: { answer: typeof OwnFactorsSchema };
  verifyPasskeyOptions: { answer: typeof PasskeyOptionsSchema };
  verifyPasskey: { body: typeof PasskeyAssertionSchema; answer: typeof MeSchema };
  verifyCode: { body: typeof SecondFactorCodeSchema; answer: typeof MeSchema };
  passkeyOptions: { answer: typeof PasskeyOptionsSchema };
  addPasskey: { body: typeof PasskeyRegistrationSchema; answer: typeof FactorEnrolledSchema };
  startTotp: { answer: typeof TotpSetupSchema };
  confirmTotp: { body: typeof SecondFactorCodeSchema; answer: typeof FactorEnrolledSchema };
  renewRecoveryCodes: { answer: typeof RecoveryCodesSchema };
  secondFactorPolicy: { answer: typeof SecondFactorPolicySchema };
  setSecondFactorPolicy: {
    body: typeof SecondFactorPolicyUpdateSchema;
    answer: typeof SecondFactorPolicySchema;
  };
};

/** The session routes as the portals call them. */
export const AUTH_ROUTES = contract(types<Shapes>(), {
  login: 'POST /auth/login',
  logout: 'POST /auth/logout',
  me: 'GET /auth/me',
  changePassword: 'POST /auth/password',
  checkLink: 'POST /auth/links/check',
  useLink: 'POST /auth/links/use',
  requestPasswordReset: 'POST /auth/password-reset',
  sessions: 'GET /auth/sessions',
  endSession: 'DELETE /auth/sessions/{id}',
  endOtherSessions: 'POST /auth/sessions/end-others',
  ownFactors: 'GET /auth/second-factor',
  verifyPasskeyOptions: 'POST /auth/second-factor/verify/passkey/options',
  verifyPasskey: 'POST /auth/second-factor/verify/passkey',
  verifyCode: 'POST /auth/second-factor/verify/code',
  passkeyOptions: 'POST /auth/second-factor/passkeys/options',
  addPasskey: 'POST /auth/second-factor/passkeys',
  removePasskey: 'DELETE /auth/second-factor/passkeys/{id}',
  startTotp: 'POST /auth/second-factor/totp/setup',
  confirmTotp: 'POST /auth/second-factor/totp',
  removeTotp: 'DELETE /auth/second-factor/totp',
  renewRecoveryCodes: 'POST /auth/second-factor/recovery-codes',
  secondFactorPolicy: 'GET /auth/second-factor/policy',
  setSecondFactorPolicy: 'PUT /auth/second-factor/policy',
  resetFactors: 'POST /users/{id}/second-factor/reset',
});
