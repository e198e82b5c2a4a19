import type { Config } from '../../ground/config/config';
import type { TenantArgs, TenantContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createAuthRepository } from '../../records/auth/auth.repository';
import { createCannotDisableSelfError, createUserNotFoundError } from '../../records/users/users.errors';
import { createUsersRepository } from '../../records/users/users.repository';
import type {
  SignInLink,
  WelfareUser,
  WelfareUserInvite,
  WelfareUserInvited,
  WelfareUserList,
} from '../../records/users/users.schemas';
import { inviteMember, issueMemberLink } from './accounts.links.usecases';

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
 * Creates an account in the welfare centre and its invitation link, shown once to the admin to hand
 * over (as a link or QR code): the colleague opens it and chooses their own password.
 */
export async function inviteWelfareUser({
  ctx,
  config,
  input,
}: TenantArgs<{ config: Config; input: WelfareUserInvite }>): Promise<WelfareUserInvited> {
  const now = ctx.clock.now();
  const { user, link } = await inviteMember({
    ctx,
    config,
    user: { email: input.email, displayName: input.displayName, role: input.role },
    sendEmail: input.sendEmail,
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
    link,
  };
}

/** A new sign-in link for an active colleague (to invite again, or for a forgotten password). */
export async function issueWelfareUserLink({
  ctx,
  config,
  userId,
}: TenantArgs<{ config: Config; userId: string }>): Promise<SignInLink> {
  return issueMemberLink({ ctx, config, userId, notFound: () => createUserNotFoundError() });
}

/** Disables a colleague's account and ends every session of it, in one transaction. */
export async function disableWelfareUser({ ctx, userId }: TenantArgs<{ userId: string }>): Promise<void> {
  const { clock } = ctx;
  if (userId === ctx.actor.user.id) throw createCannotDisableSelfError();
  if (!isIdOf({ kind: 'user', value: userId })) throw createUserNotFoundError();
  const now = clock.now();
  await ctx.transaction(async ({ tx, audit }) => {
    const { disabled } = await createUsersRepository({ db: tx }).disableUserOfOrganisation({
      organisationId: ctx.actor.organisation.id,
      userId,
      at: now,
    });
    if (!disabled) throw createUserNotFoundError();
    await createAuthRepository({ db: tx }).deleteSessionsOfUser({ userId });
    await audit({
      action: 'user.disable',
      resource: `user:${userId}`,
    });
  });
}
