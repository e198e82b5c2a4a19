import { ROLES_BY_ORG_KIND } from '@digipakket/domain';
import { z } from 'zod';
import { listOf } from '../../ground/shared/shared.schemas';

/** A password someone chooses for themselves has this many characters, at least and at most. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * A link with which one person sets their own password, shown once to whoever issued it to hand over
 * in person: the address, the same as a QR code (an SVG image) and when it stops working. Only the
 * hash of its token is stored.
 */
export const SignInLinkSchema = z
  .object({
    url: z.string().meta({ example: 'http://localhost:3000/beego/link#3q2-7w…' }),
    qrSvg: z.string(),
    expiresAt: z.string(),
    emailed: z
      .boolean()
      .meta({ description: 'Whether the link was also sent by e-mail to the account’s address.' }),
  })
  .meta({ id: 'SignInLink' });

/** Asks to send the invitation link by e-mail too (needs SMTP), besides showing it once. */
export const SendEmailSchema = z.boolean().default(false).meta({
  description: 'Also e-mail the link to the address, in the person’s language (when SMTP is set up).',
});
export type SignInLink = z.infer<typeof SignInLinkSchema>;

/**
 * The answer to an invitation: the new account under `key` and its sign-in link, shown once to hand
 * over to the person invited.
 */
export function invitationAnswer<const Key extends string, Account extends z.ZodType>(
  key: Key,
  account: Account,
  id: string,
) {
  const shape = { [key]: account, link: SignInLinkSchema } as { [Name in Key]: Account } & {
    link: typeof SignInLinkSchema;
  };
  return z.object(shape).meta({ id });
}

/**
 * Who a partner invites (a student, a teacher) and whether the link goes out by e-mail: each invite
 * form's fields.
 */
export const partnerInviteFields = {
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(120),
  sendEmail: SendEmailSchema,
};

export const WelfareRoleSchema = z.enum(ROLES_BY_ORG_KIND.welfare);

export const WelfareUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.string(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'WelfareUser' });
export type WelfareUser = z.infer<typeof WelfareUserSchema>;

export const WelfareUserListSchema = listOf(WelfareUserSchema, 'WelfareUserList');
export type WelfareUserList = z.infer<typeof WelfareUserListSchema>;

export const WelfareUserInviteSchema = z
  .strictObject({
    email: z.email().max(320),
    displayName: z.string().trim().min(1).max(120),
    role: WelfareRoleSchema,
    sendEmail: SendEmailSchema,
  })
  .meta({ id: 'WelfareUserInvite' });
export type WelfareUserInvite = z.input<typeof WelfareUserInviteSchema>;

export const WelfareUserInvitedSchema = invitationAnswer('user', WelfareUserSchema, 'WelfareUserInvited');
export type WelfareUserInvited = z.infer<typeof WelfareUserInvitedSchema>;
