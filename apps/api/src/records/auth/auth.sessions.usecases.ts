import type { RequestContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createSessionNotFoundError } from './auth.errors';
import type { ActiveSessionList } from './auth.schemas';
import { createOwnSessionsRepository } from './auth.sessions.repository';

/** The signed-in user's sessions (browser, first and last seen), this one marked. */
export async function listOwnSessions({ ctx }: { ctx: RequestContext }): Promise<ActiveSessionList> {
  const { sessions } = await createOwnSessionsRepository({ db: ctx.db }).listSessionsOfUser({
    userId: ctx.actor.user.id,
    now: ctx.clock.now(),
  });
  return {
    items: sessions.map((session) => ({
      id: session.id,
      userAgent: session.userAgent,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      current: session.id === ctx.actor.sessionId,
    })),
  };
}

/** Ends one of the user's own sessions (this one too, which is signing out); someone else's is 404. */
export async function endOwnSession({ ctx, sessionId }: { ctx: RequestContext; sessionId: string }) {
  const repository = createOwnSessionsRepository({ db: ctx.db });
  const { deleted } = isIdOf({ kind: 'session', value: sessionId })
    ? await repository.deleteSessionOfUser({ userId: ctx.actor.user.id, sessionId })
    : { deleted: false };
  if (!deleted) throw createSessionNotFoundError();
  await ctx.audit({ action: 'auth.session_end', resource: `session:${sessionId}` });
}

/** Ends every session of the user except this one. */
export async function endOtherOwnSessions({ ctx }: { ctx: RequestContext }): Promise<{ ended: number }> {
  const { ended } = await createOwnSessionsRepository({ db: ctx.db }).deleteOtherSessionsOfUser({
    userId: ctx.actor.user.id,
    keepSessionId: ctx.actor.sessionId,
  });
  await ctx.audit({ action: 'auth.sessions_end_others', resource: `user:${ctx.actor.user.id}` });
  return { ended };
}
