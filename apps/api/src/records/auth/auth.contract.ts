import { contract, type SettingShapes, types } from '../../ground/shared/route-contract';
import type * as schemas from './auth.schemas';

type Setting = SettingShapes<
  typeof schemas.SecondFactorPolicyUpdateSchema,
  typeof schemas.SecondFactorPolicySchema
>;

type Shapes = {
  login: { body: typeof schemas.LoginRequestSchema; answer: typeof schemas.MeSchema };
  me: { answer: typeof schemas.MeSchema };
  changePassword: { body: typeof schemas.ChangePasswordRequestSchema; answer: typeof schemas.MeSchema };
  checkLink: { body: typeof schemas.SignInLinkTokenSchema; answer: typeof schemas.SignInLinkInfoSchema };
  useLink: { body: typeof schemas.UseSignInLinkRequestSchema; answer: typeof schemas.UsedSignInLinkSchema };
  requestPasswordReset: { body: typeof schemas.PasswordResetRequestSchema };
  sessions: { answer: typeof schemas.ActiveSessionListSchema };
  endOtherSessions: { answer: typeof schemas.EndedSessionsSchema };
  ownFactors: { answer: typeof schemas.OwnFactorsSchema };
  verifyPasskeyOptions: { answer: typeof schemas.PasskeyOptionsSchema };
  verifyPasskey: { body: typeof schemas.PasskeyAssertionSchema; answer: typeof schemas.MeSchema };
  verifyCode: { body: typeof schemas.SecondFactorCodeSchema; answer: typeof schemas.MeSchema };
  passkeyOptions: { answer: typeof schemas.PasskeyOptionsSchema };
  addPasskey: { body: typeof schemas.PasskeyRegistrationSchema; answer: typeof schemas.FactorEnrolledSchema };
  startTotp: { answer: typeof schemas.TotpSetupSchema };
  confirmTotp: { body: typeof schemas.SecondFactorCodeSchema; answer: typeof schemas.FactorEnrolledSchema };
  renewRecoveryCodes: { answer: typeof schemas.RecoveryCodesSchema };
  secondFactorPolicy: Setting['read'];
  setSecondFactorPolicy: Setting['save'];
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
