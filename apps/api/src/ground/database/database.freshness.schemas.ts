import { z } from 'zod';
import type { DataFreshness } from './database.standby';

/**
 * Where an answer's figures were read and how old they are: from the standby (`DATABASE_READ_URL`),
 * `dataAsOf` being the moment of the last primary commit it had replayed and `lagSeconds` how long
 * before the answer that was; or from the primary, current (`lagSeconds` 0).
 */
export const DataFreshnessSchema = z
  .object({
    source: z.enum(['standby', 'primary']),
    dataAsOf: z.iso.datetime(),
    lagSeconds: z.number().min(0),
  })
  .meta({ id: 'DataFreshness' });
export type FreshnessBody = z.infer<typeof DataFreshnessSchema>;

/** The same, as answers carry it. */
export function toFreshnessBody(freshness: DataFreshness): FreshnessBody {
  return {
    source: freshness.source,
    dataAsOf: freshness.dataAsOf.toISOString(),
    lagSeconds: freshness.lagSeconds,
  };
}

/** Response headers a file read for a report carries: where it was read and as of when. */
export const FRESHNESS_HEADERS = {
  source: 'x-data-source',
  dataAsOf: 'x-data-as-of',
  lagSeconds: 'x-data-lag-seconds',
} as const;

export function freshnessHeaders(freshness: FreshnessBody): Record<string, string> {
  return {
    [FRESHNESS_HEADERS.source]: freshness.source,
    [FRESHNESS_HEADERS.dataAsOf]: freshness.dataAsOf,
    [FRESHNESS_HEADERS.lagSeconds]: String(freshness.lagSeconds),
  };
}

/** The headers above, as an OpenAPI response documents them. */
export const FRESHNESS_HEADERS_DOC = {
  [FRESHNESS_HEADERS.source]: {
    description: '`standby` when read from the standby (`DATABASE_READ_URL`), else `primary`.',
    schema: { type: 'string' as const, enum: ['standby', 'primary'] },
  },
  [FRESHNESS_HEADERS.dataAsOf]: {
    description: 'The moment the figures are from (ISO 8601): the last commit the standby replayed.',
    schema: { type: 'string' as const, format: 'date-time' },
  },
  [FRESHNESS_HEADERS.lagSeconds]: {
    description: 'How many seconds before the answer that was (0: current).',
    schema: { type: 'number' as const, minimum: 0 },
  },
};
