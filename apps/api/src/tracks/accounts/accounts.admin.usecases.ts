import { withTransaction } from '../../ground/database/database';
import type { TenantContext } from '../../ground/http/request-context';
import { isIdOf, randomString } from '../../ground/shared/ids';
import { createAuthRepository } from '../../records/auth/auth.repository';
import { createCannotDisableSelfError, createUserNotFoundError } from '../../records/users/users.errors';
import { hashPassword } from '../../records/users/users.passwords';
import { createUsersRepository } from '../../records/users/users.repository';
import type {
  WelfareUser,
  WelfareUserInvite,
  WelfareUserInvited,
  WelfareUserList,
} from '../../records/users/users.schemas';

// Letters and digits that cannot be mistaken for one another when read aloud or copied by hand.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** The welfare centre's own accounts (never a partner's), for its admin. */
export async function listWelfareUsers({ ctx }: { ctx: TenantContext }): Promise<WelfareUserList> {
  const { db } = ctx;
  const { users } = await createUsersRepository({ db }).listUsersOfOrganisation({
    organisationId: ctx.actor.organisation.id,
  });
  return {
    items: users.map(
      (user): WelfareUser => ({
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        active: user.disabledAt === null,
        createdAt: user.createdAt.toISOString(),
      }),
    ),
  };
}

/**
 * Creates an account in the welfare centre with a one-time password, returned once and stored only
 * as a hash, to hand over in person. It opens only the change of password: the colleague chooses
 * their own at first login, and the one the admin saw stops working.
 */
export async function inviteWelfareUser({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: WelfareUserInvite;
}): Promise<WelfareUserInvited> {
  const { db, clock } = ctx;
  const oneTimePassword = randomString({ length: 16, alphabet: READABLE });
  const passwordHash = await hashPassword({ password: oneTimePassword });
  const now = clock.now();
  const user = await withTransaction({
    db,
    work: async (tx) => {
      const {
        users: [created],
      } = await createUsersRepository({ db: tx }).insertUsers({
        users: [
          {
            email: input.email,
            passwordHash,
            displayName: input.displayName,
            organisationId: ctx.actor.organisation.id,
            orgKind: 'welfare',
            role: input.role,
            passwordChangeRequired: true,
          },
        ],
      });
      await ctx.audit({
        db: tx,
        action: 'user.invite',
        resource: `user:${created!.id}`,
      });
      return created!;
    },
  });
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: input.displayName,
      role: input.role,
      active: true,
      createdAt: now.toISOString(),
    },
    oneTimePassword,
  };
}

/** Disables a colleague's account and ends every session of it, in one transaction. */
export async function disableWelfareUser({
  ctx,
  userId,
}: {
  ctx: TenantContext;
  userId: string;
}): Promise<void> {
  const { db, clock } = ctx;
  if (userId === ctx.actor.user.id) throw createCannotDisableSelfError();
  if (!isIdOf({ kind: 'user', value: userId })) throw createUserNotFoundError();
  const now = clock.now();
  await withTransaction({
    db,
    work: async (tx) => {
      const { disabled } = await createUsersRepository({ db: tx }).disableUserOfOrganisation({
        organisationId: ctx.actor.organisation.id,
        userId,
        at: now,
      });
      if (!disabled) throw createUserNotFoundError();
      await createAuthRepository({ db: tx }).deleteSessionsOfUser({ userId });
      await ctx.audit({
        db: tx,
        action: 'user.disable',
        resource: `user:${userId}`,
      });
    },
  });
}
