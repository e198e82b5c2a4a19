import { ORG_KINDS } from '@digipakket/domain';
import { z } from 'zod';
import { PortalSchema } from '../shared/shared.schemas';

export const LoginRequestSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().min(3).max(320),
    password: z.string().min(1).max(1024),
    portal: PortalSchema.optional(),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.input<typeof LoginRequestSchema>;

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
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;
