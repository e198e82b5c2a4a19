import { type Database, withDatabaseScope } from '../../ground/database/database';
import {
  createRequestContext,
  type RequestArgs,
  type RequestContext,
} from '../../ground/http/request-context';
import type { Clock } from '../../ground/shared/clock';
import { databaseScopeOf } from '../../records/auth/auth.middleware';
import { createAuthRepository } from '../../records/auth/auth.repository';
import { toAuthContext } from '../../records/auth/auth.usecases';

/**
 * The request context of a signed-in user, built from their account on a test database, so a test
 * can call a use case directly as that user: `await useCase({ ctx, ... })`. No session is opened.
 */
export async function createTestContext({
  db,
  clock,
  email,
  requestId = 'req_test_context',
}: {
  db: Database;
  clock: Clock;
  email: string;
  requestId?: string;
}): Promise<RequestContext> {
  const { user } = await createAuthRepository({ db }).findUserByEmail({ email });
  if (!user) throw new Error(`No user ${email} in the test database`);
  return createRequestContext({
    db,
    clock,
    requestId,
    actor: toAuthContext({ user, sessionId: 'ses_test_context' }),
  });
}

/**
 * Runs `work` in the database scope of the context's user, as the session middleware does for a
 * request: on PostgreSQL, row-level security then shows only that user's tenants.
 */
export function inContextScope<T>({ ctx, work }: RequestArgs<{ work: () => Promise<T> }>): Promise<T> {
  return withDatabaseScope({ scope: databaseScopeOf({ auth: ctx.actor }), work });
}
