import type { StatementCreate, StatementList, StatementResponse } from '@digipakket/api/contracts';
import { STATEMENT_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchStatements(): Promise<StatementList> {
  return portal.api.call(STATEMENT_ROUTES.list);
}

export function fetchStatement(id: string): Promise<StatementResponse> {
  return portal.api.call(STATEMENT_ROUTES.detail, { params: { id } });
}

export function createStatement(body: StatementCreate): Promise<StatementResponse> {
  return portal.api.call(STATEMENT_ROUTES.create, { body });
}

export function sendStatement(id: string): Promise<StatementResponse> {
  return portal.api.call(STATEMENT_ROUTES.send, { params: { id } });
}

/** The PDF with its labels in the interface language beside the Dutch ones. */
export function statementPdfHref(id: string, language: string): string {
  return `/api/statements/${encodeURIComponent(id)}/pdf?language=${encodeURIComponent(language)}`;
}

export function statementCsvHref(id: string): string {
  return `/api/statements/${encodeURIComponent(id)}/csv`;
}

/** The month before the phone's current one, as `YYYY-MM`: the month a statement is usually made for. */
export function previousMonth(now: Date): string {
  const date = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
