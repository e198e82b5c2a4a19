import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Database, withTransaction } from '../app/database';
import { createIdempotencyKeyReusedError } from '../idempotency/idempotency.errors';
import { idempotencyKeysTable } from '../idempotency/idempotency.tables';
import { createConflictRetryError } from '../shared/errors';
import { createIdempotencyKeyMissingError } from './visits.errors';

const KEY_PATTERN = /^[\x21-\x7e]{8,128}$/;

/** The Idempotency-Key header, required and checked for shape. */
export function readIdempotencyKey({ header }: { header: string | undefined }): { key: string } {
  if (!header || !KEY_PATTERN.test(header)) throw createIdempotencyKeyMissingError();
  return { key: header };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, entry]) => [name, canonical(entry)]),
    );
  }
  return value;
}

/** A stable hash of a request body: the same fields in any order hash the same. */
export function hashRequestBody({ body }: { body: unknown }): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
}

/**
 * Runs `work` at most once per (user, route, key), in one transaction with the key's row. The key row
 * is inserted first: a concurrent request with the same key waits on the unique index until the first
 * commits, then replays its answer. A refusal rolls the key back too, so retrying a refused request
 * evaluates it again instead of replaying a stale refusal.
 */
export async function runIdempotent<T>({
  db,
  key,
  userId,
  route,
  body,
  status,
  work,
}: {
  db: Database;
  key: string;
  userId: string;
  route: string;
  body: unknown;
  status: number;
  work: (tx: Database) => Promise<T>;
}): Promise<{ status: number; body: T; replayed: boolean }> {
  const requestHash = hashRequestBody({ body });
  return withTransaction({
    db,
    work: async (tx) => {
      const inserted = await tx
        .insert(idempotencyKeysTable)
        .values({ key, userId, route, requestHash })
        .onConflictDoNothing()
        .returning({ id: idempotencyKeysTable.id });
      if (inserted.length === 0) {
        const [existing] = await tx
          .select()
          .from(idempotencyKeysTable)
          .where(
            and(
              eq(idempotencyKeysTable.userId, userId),
              eq(idempotencyKeysTable.route, route),
              eq(idempotencyKeysTable.key, key),
            ),
          );
        if (!existing || existing.requestHash !== requestHash) throw createIdempotencyKeyReusedError();
        if (existing.statusCode === null) throw createConflictRetryError();
        return { status: existing.statusCode, body: existing.response as T, replayed: true };
      }
      const result = await work(tx);
      await tx
        .update(idempotencyKeysTable)
        .set({ statusCode: status, response: result as unknown as object, completedAt: new Date() })
        .where(eq(idempotencyKeysTable.id, inserted[0]!.id));
      return { status, body: result, replayed: false };
    },
  });
}
