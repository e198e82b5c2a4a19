import type { StatementLine } from '@digipakket/api/contracts';
import { i18n, t } from '../../portal';

/** An amount in cents as euros, the way the portal's language writes them. */
export function euros(cents: number): string {
  return new Intl.NumberFormat(`${i18n.locale()}-BE`, { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** A month (`2025-03`) by name: "maart 2025". */
export function monthName(month: string): string {
  return i18n.formatDate(new Date(`${month}-15T12:00:00Z`), { month: 'long', year: 'numeric' });
}

/** What was decided about a statement line, in words. */
export function verdictText(line: StatementLine): string {
  const verdict = line.reconciliation;
  if (!verdict) return t('statements.verdict.open');
  return verdict.outcome === 'matched'
    ? t('statements.verdict.matched')
    : t('statements.verdict.disputed', { reason: verdict.reason ?? '' });
}
