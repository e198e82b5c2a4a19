import type { Dashboard } from '@digipakket/api/contracts';

/** Where a report's figures were read and how old they are, as the API says in its answer. */
export type DataFreshness = Dashboard['freshness'];

export type FreshnessKey = 'freshness.standby.one' | 'freshness.standby.other';

/**
 * The line under a report read from the standby, in the interface language: the moment of its figures
 * and how many seconds old they are ("Cijfers van 14:02:10, 12 seconden oud (kopie van de database)").
 * Null when read from the primary: those figures are current and nothing needs saying.
 */
export function freshnessText({
  freshness,
  i18n,
}: {
  freshness: DataFreshness;
  i18n: {
    plural: (
      count: number,
      keys: { one: FreshnessKey; other: FreshnessKey },
      params?: Record<string, string | number>,
    ) => string;
    formatDate: (date: Date, options: Intl.DateTimeFormatOptions) => string;
  };
}): string | null {
  if (freshness.source !== 'standby') return null;
  const time = i18n.formatDate(new Date(freshness.dataAsOf), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return i18n.plural(
    Math.round(freshness.lagSeconds),
    { one: 'freshness.standby.one', other: 'freshness.standby.other' },
    { time },
  );
}
