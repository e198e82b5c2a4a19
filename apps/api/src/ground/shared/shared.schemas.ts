import { TRAJECTORY_STATUSES } from '@digipakket/domain';
import { z } from 'zod';

/** The body of every error answer. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'client.not_found' }),
      message: z.string(),
      requestId: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** One problem with one field of a request, as listed in `details.fields` of `validation.failed`. */
export const FieldIssueSchema = z
  .object({ path: z.string(), code: z.string(), message: z.string() })
  .meta({ id: 'FieldIssue' });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const PORTALS = ['ocmw', 'beego', 'ligo'] as const;
export const PortalSchema = z.enum(PORTALS).meta({ id: 'Portal' });
export type Portal = z.infer<typeof PortalSchema>;

/** The trajectory status, derived from the facts of a client's tracks (see the domain package). */
export const TrajectoryStatusSchema = z.enum(TRAJECTORY_STATUSES).meta({ id: 'TrajectoryStatus' });
export type TrajectoryStatus = z.infer<typeof TrajectoryStatusSchema>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

export const PaginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  // A query value is a string or absent; refusing null (which coercion would read as 0) keeps the
  // OpenAPI document from declaring `offset` nullable.
  offset: z
    .preprocess(
      (value) => (value === null ? Number.NaN : value),
      z.coerce.number().int().min(0).max(1_000_000),
    )
    .default(0),
});

/** A list answer, `{ items: [...] }`: the whole list, named `id` in the OpenAPI document. */
export function listOf<Item extends z.ZodType>(item: Item, id: string) {
  return z.object({ items: z.array(item) }).meta({ id });
}

/** A page of a longer list, `{ items: [...], total }`: `total` counts every match, not only this page. */
export function pageOf<Item extends z.ZodType>(item: Item, id: string) {
  return z.object({ items: z.array(item), total: z.number().int() }).meta({ id });
}

/** An answer that holds one thing under `key`, `{ [key]: ... }`, named `id` in the OpenAPI document. */
export function answerOf<const Key extends string, Value extends z.ZodType>(
  key: Key,
  value: Value,
  id: string,
) {
  const shape = { [key]: value } as { [Name in Key]: Value };
  return z.object(shape).meta({ id });
}

/**
 * A request body of one required text, `{ [field]: "..." }` (a reason, a note): trimmed, `min` to `max`
 * characters, named `id` in the OpenAPI document.
 */
export function textBodyOf<const Field extends string>(
  field: Field,
  { min, max }: { min: number; max: number },
  id: string,
) {
  const shape = { [field]: z.string().trim().min(min).max(max) } as { [Name in Field]: z.ZodString };
  return z.strictObject(shape).meta({ id });
}
