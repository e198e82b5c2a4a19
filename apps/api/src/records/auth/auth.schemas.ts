import { ORG_KINDS } from '@digipakket/domain';
import { z } from 'zod';
import { answerOf, listOf, PortalSchema } from '../../ground/shared/shared.schemas';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../users/users.schemas';

export const LoginRequestSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().min(3).max(320),
    password: z.string().min(1).max(1024),
    portal: PortalSchema.optional(),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.input<typeof LoginRequestSchema>;

export const ChangePasswordRequestSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequestSchema>;

export const OrgKindSchema = z.enum(ORG_KINDS).meta({ id: 'OrgKind' });

/** Who is logged in, in which organisation, for which tenants, on which portal. */
export const MeSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      displayName: z.string(),
      role: z.string().meta({ example: 'social_worker' }),
      locale: z.string().meta({ example: 'nl' }),
    }),
    organisation: z.object({ id: z.string(), name: z.string(), kind: OrgKindSchema }),
    tenants: z.array(z.object({ id: z.string(), name: z.string() })),
    portal: PortalSchema,
    /**
     * Someone else chose the password (an invitation, an account made by an admin): until the user
     * picks their own, the session reaches only the change of password, `me` and logout.
     */
    passwordChangeRequired: z.boolean(),
    /**
     * The sign-in still waits for its second step: `verify` (prove a factor) or `enrol` (register a
     * first one, required by the organisation). Until then the session reaches only the second-factor
     * routes, `me` and logout. Null once signed in fully.
     */
    secondFactor: z.enum(['verify', 'enrol']).nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

/** The token of a sign-in link, as the portal reads it from the link's fragment. */
const LinkTokenSchema = z.string().min(16).max(128);

export const SignInLinkTokenSchema = z
  .strictObject({ token: LinkTokenSchema })
  .meta({ id: 'SignInLinkToken' });
export type SignInLinkToken = z.input<typeof SignInLinkTokenSchema>;

/** Whom a valid link is for, so the page can greet them before they choose a password. */
export const SignInLinkInfoSchema = z
  .object({
    purpose: z.enum(['invitation', 'reset']),
    email: z.string(),
    displayName: z.string(),
    portal: PortalSchema,
    expiresAt: z.string(),
  })
  .meta({ id: 'SignInLinkInfo' });
export type SignInLinkInfo = z.infer<typeof SignInLinkInfoSchema>;

export const UseSignInLinkRequestSchema = z
  .strictObject({
    token: LinkTokenSchema,
    newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  })
  .meta({ id: 'UseSignInLinkRequest' });
export type UseSignInLinkRequest = z.input<typeof UseSignInLinkRequestSchema>;

export const PasswordResetRequestSchema = z
  .strictObject({ email: z.string().trim().toLowerCase().min(3).max(320) })
  .meta({ id: 'PasswordResetRequest' });
export type PasswordResetRequest = z.input<typeof PasswordResetRequestSchema>;

/** One signed-in browser of the user, for the list where they can end the others. */
export const ActiveSessionSchema = z
  .object({
    id: z.string(),
    userAgent: z.string().nullable(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    current: z.boolean(),
  })
  .meta({ id: 'ActiveSession' });
export type ActiveSession = z.infer<typeof ActiveSessionSchema>;

export const ActiveSessionListSchema = listOf(ActiveSessionSchema, 'ActiveSessionList');
export type ActiveSessionList = z.infer<typeof ActiveSessionListSchema>;

export const EndedSessionsSchema = answerOf('ended', z.number().int(), 'EndedSessions');

/** A link was used: the account's address and portal, to sign in there with the new password. */
export const UsedSignInLinkSchema = z
  .object({ email: z.string(), portal: PortalSchema })
  .meta({ id: 'UsedSignInLink' });
export type UsedSignInLink = z.infer<typeof UsedSignInLinkSchema>;

/** The own second factors, and whether the organisation requires one. */
export const OwnFactorsSchema = z
  .object({
    required: z.boolean(),
    passkeys: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        createdAt: z.iso.datetime(),
        lastUsedAt: z.iso.datetime().nullable(),
      }),
    ),
    totp: z.boolean().meta({ description: 'An authenticator app is set up.' }),
    recoveryCodesLeft: z.number().int(),
  })
  .meta({ id: 'OwnFactors' });
export type OwnFactors = z.infer<typeof OwnFactorsSchema>;

/** A WebAuthn request (creation or get options) as `@simplewebauthn/browser` takes it. */
export const PasskeyOptionsSchema = z
  .looseObject({ challenge: z.string() })
  .meta({ id: 'PasskeyOptions', description: 'WebAuthn options in their JSON form.' });

/** A WebAuthn byte string, base64url-encoded by the browser. */
const WebAuthnBytes = z.string().min(1).max(16384);

/**
 * The browser's WebAuthn answer in its JSON form, as `@simplewebauthn/browser` gives it: every field
 * named, unknown ones refused. The extensions' outputs (`credProps`, `prf`…) differ by browser and
 * are passed on as they come, a map from the extension's name.
 */
const webAuthnCredentialFields = {
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string().max(64), z.unknown()),
};

export const PasskeyRegistrationSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(80),
    response: z.strictObject({
      ...webAuthnCredentialFields,
      response: z.strictObject({
        clientDataJSON: WebAuthnBytes,
        attestationObject: WebAuthnBytes,
        authenticatorData: WebAuthnBytes.optional(),
        transports: z.array(z.string().max(32)).max(16).optional(),
        // A COSE algorithm identifier (-7 ES256, -257 RS256…), in the range IANA registers.
        publicKeyAlgorithm: z.number().int().min(-65536).max(65535).optional(),
        publicKey: WebAuthnBytes.optional(),
      }),
    }),
  })
  .meta({ id: 'PasskeyRegistration' });
export type PasskeyRegistration = z.input<typeof PasskeyRegistrationSchema>;

export const PasskeyAssertionSchema = z
  .strictObject({
    response: z.strictObject({
      ...webAuthnCredentialFields,
      response: z.strictObject({
        clientDataJSON: WebAuthnBytes,
        authenticatorData: WebAuthnBytes,
        signature: WebAuthnBytes,
        userHandle: z.string().max(1024).optional(),
      }),
    }),
  })
  .meta({ id: 'PasskeyAssertion' });
export type PasskeyAssertion = z.input<typeof PasskeyAssertionSchema>;

export const SecondFactorCodeSchema = z
  .strictObject({
    code: z.string().trim().min(6).max(32).meta({
      description: '6 digits from the authenticator app, or a recovery code such as `abcde-23456`.',
    }),
  })
  .meta({ id: 'SecondFactorCode' });
export type SecondFactorCode = z.input<typeof SecondFactorCodeSchema>;

export const TotpSetupSchema = z
  .object({
    secret: z
      .string()
      .meta({ description: 'The secret in base32, to type in when the QR code cannot be scanned.' }),
    uri: z.string(),
    qrSvg: z.string(),
  })
  .meta({ id: 'TotpSetup' });

/** A factor was added: the session (renewed when it waited for this), and the first recovery codes. */
export const FactorEnrolledSchema = z
  .object({
    me: MeSchema,
    recoveryCodes: z
      .array(z.string())
      .meta({ description: 'Shown this once: new codes when the user had none left, else empty.' }),
  })
  .meta({ id: 'FactorEnrolled' });

export const RecoveryCodesSchema = answerOf('recoveryCodes', z.array(z.string()), 'RecoveryCodes');

export const SecondFactorPolicySchema = z
  .object({
    required: z
      .boolean()
      .meta({ description: 'Whether the welfare roles must sign in with a second factor.' }),
    setting: z
      .boolean()
      .nullable()
      .meta({ description: "The tenant's own choice; null follows the deployment." }),
    deploymentDefault: z.boolean().meta({ description: 'On in production, off elsewhere.' }),
  })
  .meta({ id: 'SecondFactorPolicy' });

export const SecondFactorPolicyUpdateSchema = z
  .strictObject({ required: z.boolean() })
  .meta({ id: 'SecondFactorPolicyUpdate' });
