import { ORG_KINDS } from '@digipakket/domain';
import { z } from 'zod';
import { PortalSchema } from '../../ground/shared/shared.schemas';
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

export const ActiveSessionListSchema = z
  .object({ items: z.array(ActiveSessionSchema) })
  .meta({ id: 'ActiveSessionList' });
export type ActiveSessionList = z.infer<typeof ActiveSessionListSchema>;

export const EndedSessionsSchema = z.object({ ended: z.number().int() }).meta({ id: 'EndedSessions' });

/** A link was used: the account's address and portal, to sign in there with the new password. */
export const UsedSignInLinkSchema = z
  .object({ email: z.string(), portal: PortalSchema })
  .meta({ id: 'UsedSignInLink' });
export type UsedSignInLink = z.infer<typeof UsedSignInLinkSchema>;
