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
