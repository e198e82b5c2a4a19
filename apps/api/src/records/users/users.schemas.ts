import { ROLES_BY_ORG_KIND } from '@digipakket/domain';
import { z } from 'zod';

/** A password someone chooses for themselves has this many characters, at least and at most. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

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

export const WelfareUserListSchema = z
  .object({ items: z.array(WelfareUserSchema) })
  .meta({ id: 'WelfareUserList' });
export type WelfareUserList = z.infer<typeof WelfareUserListSchema>;

export const WelfareUserInviteSchema = z
  .strictObject({
    email: z.email().max(320),
    displayName: z.string().trim().min(1).max(120),
    role: WelfareRoleSchema,
  })
  .meta({ id: 'WelfareUserInvite' });
export type WelfareUserInvite = z.infer<typeof WelfareUserInviteSchema>;

export const WelfareUserInvitedSchema = z
  .object({
    user: WelfareUserSchema,
    /** Shown once to hand over to the new colleague; only its hash is stored. */
    oneTimePassword: z.string(),
  })
  .meta({ id: 'WelfareUserInvited' });
export type WelfareUserInvited = z.infer<typeof WelfareUserInvitedSchema>;
