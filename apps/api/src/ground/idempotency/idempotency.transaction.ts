import { createHash } from 'node:crypto';
import { type Database, withTransaction } from '../database/database';
import { createConflictRetryError } from '../shared/errors';
import {
  createIdempotencyKeyInvalidError,
  createIdempotencyKeyMissingError,
  createIdempotencyKeyReusedError,
} from './idempotency.errors';
import { createIdempotencyRepository, type IdempotencyScope } from './idempotency.repository';

/** What an `Idempotency-Key` header must look like: 8 to 128 visible ASCII characters. */
export const IDEMPOTENCY_KEY_FORMAT = /^[\x21-\x7e]{8,128}$/;

/**
 * The `Idempotency-Key` header checked for shape. With `required`, a missing header answers 400
 * `idempotency.key_missing` (offline clients must send one); else a missing header is `undefined`.
 */
export function readIdempotencyKey(options: { header: string | undefined; required: true }): {
  key: string;
};
export function readIdempotencyKey(options: { header: string | undefined; required?: false }): {
  key: string | undefined;
};
export function readIdempotencyKey({
  header,
  required = false,
}: {
  header: string | undefined;
  required?: boolean;
}): { key: string | undefined } {
  if (header === undefined || header === '') {
    if (required) throw createIdempotencyKeyMissingError();
    return { key: undefined };
  }
  if (!IDEMPOTENCY_KEY_FORMAT.test(header)) {
    throw required ? createIdempotencyKeyMissingError() : createIdempotencyKeyInvalidError();
  }
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
 * Runs `work` at most once per (user, route, key), in ONE transaction with the key's row, so the
 * stored answer commits together with the effect (or not at all). The key row is inserted first: a
 * concurrent request with the same key waits on the unique index until the first commits, then
 * replays its answer. A refusal rolls the key back too, so retrying a refused request evaluates it
 * again instead of replaying a stale refusal. Without a key, `work` simply runs in a transaction.
 *
 * This is the in-transaction form of the key store the `idempotent()` middleware uses (same table,
 * same repository); use it where the use case owns its transaction, the middleware elsewhere.
 */
export async function runIdempotent<T>({
  db,
  key,
  userId,
  route,
  body,
  status,
  at,
  work,
}: {
  db: Database;
  key: string | undefined;
  userId: string;
  route: string;
  body: unknown;
  status: number;
  at: Date;
  work: (tx: Database) => Promise<T>;
}): Promise<{ status: number; body: T; replayed: boolean }> {
  const requestHash = hashRequestBody({ body });
  return withTransaction({
    db,
    work: async (tx) => {
      if (key === undefined) return { status, body: await work(tx), replayed: false };
      const repository = createIdempotencyRepository({ db: tx });
      const scope: IdempotencyScope = { userId, route, key };
      const { claimedId } = await repository.claim({ scope, requestHash, at });
      if (!claimedId) {
        const { record } = await repository.find({ scope });
        if (!record || record.requestHash !== requestHash) throw createIdempotencyKeyReusedError();
        if (record.statusCode === null) throw createConflictRetryError();
        return { status: record.statusCode, body: record.response as T, replayed: true };
      }
      const result = await work(tx);
      await repository.complete({ id: claimedId, statusCode: status, response: result, at });
      return { status, body: result, replayed: false };
    },
  });
}
