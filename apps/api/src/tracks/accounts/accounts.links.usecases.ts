import type { Role } from '@digipakket/domain';
import type { Config } from '../../ground/config/config';
import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import type { AppError } from '../../ground/shared/errors';
import { generateId, isIdOf } from '../../ground/shared/ids';
import { sendInvitationMail } from '../../records/auth/auth.links.mail';
import { issueSignInLink, unusablePasswordHash } from '../../records/auth/auth.links.usecases';
import { createUsersRepository, type NewUser } from '../../records/users/users.repository';
import type { SignInLink } from '../../records/users/users.schemas';

/**
 * E-mails an invitation link through the SMTP channel, in the person's language, after the account
 * and link are committed; the link is shown once all the same (`emailed` says whether it went). A
 * failed send is audited and leaves the link to be handed over in person.
 */
async function emailLink({
  ctx,
  config,
  user,
  link,
}: RequestArgs<{
  config: Config;
  user: { id: string; email: string; locale: string };
  link: SignInLink;
}>): Promise<SignInLink> {
  let sent = false;
  try {
    const result = await sendInvitationMail({
      config,
      id: generateId({ kind: 'signInLink' }),
      to: user.email,
      url: link.url,
      locale: user.locale,
    });
    sent = result?.ok === true;
  } catch {
    sent = false;
  }
  await ctx.audit({
    action: 'user.link_email',
    resource: `user:${user.id}`,
    ...(sent ? {} : { outcome: 'failure' as const }),
  });
  return { ...link, emailed: sent };
}

/**
 * Creates an account of the signed-in user's organisation whose password nobody knows, and its
 * invitation link, shown this once to hand over in person (as a link or QR code) and, with
 * `sendEmail`, e-mailed to the address too: the invited person opens it and chooses their own
 * password. Audited as `user.invite` in the same transaction.
 */
export async function inviteMember({
  ctx,
  config,
  user,
  sendEmail = false,
}: {
  ctx: RequestContext;
  config: Config;
  user: Omit<NewUser, 'passwordHash' | 'passwordChangeRequired' | 'organisationId' | 'orgKind'>;
  sendEmail?: boolean;
}): Promise<{ user: { id: string; email: string }; link: SignInLink }> {
  const passwordHash = await unusablePasswordHash();
  const organisation = ctx.actor.organisation;
  const invited = await ctx.transaction(async ({ tx, audit }) => {
    const {
      users: [created],
    } = await createUsersRepository({ db: tx }).insertUsers({
      users: [
        {
          ...user,
          passwordHash,
          organisationId: organisation.id,
          orgKind: organisation.kind,
          passwordChangeRequired: false,
        },
      ],
    });
    const link = await issueSignInLink({
      db: tx,
      config,
      clock: ctx.clock,
      user: { id: created!.id, orgKind: organisation.kind },
      purpose: 'invitation',
    });
    await audit({ action: 'user.invite', resource: `user:${created!.id}` });
    return { user: created!, link };
  });
  if (!sendEmail) return invited;
  const link = await emailLink({
    ctx,
    config,
    user: { ...invited.user, locale: user.locale ?? 'nl' },
    link: invited.link,
  });
  return { user: invited.user, link };
}

/**
 * A new invitation link for an active account of the signed-in user's organisation (with `role`, if
 * given): to invite again, or to hand over in person when someone forgot their password. The
 * account's earlier unused links stop working; its password and sessions stay until the link is used.
 * An account that is not one of these answers `notFound`.
 */
export async function issueMemberLink({
  ctx,
  config,
  userId,
  role,
  notFound,
}: RequestArgs<{
  config: Config;
  userId: string;
  role?: Role;
  notFound: () => AppError;
}>): Promise<SignInLink> {
  const organisation = ctx.actor.organisation;
  if (!isIdOf({ kind: 'user', value: userId })) throw notFound();
  return ctx.transaction(async ({ tx, audit }) => {
    const { user } = await createUsersRepository({ db: tx }).findActiveUserOfOrganisation({
      organisationId: organisation.id,
      userId,
      role,
    });
    if (!user) throw notFound();
    const link = await issueSignInLink({
      db: tx,
      config,
      clock: ctx.clock,
      user: { id: user.id, orgKind: user.orgKind },
      purpose: 'invitation',
    });
    await audit({ action: 'user.link_issue', resource: `user:${user.id}` });
    return link;
  });
}
