import type {
  ReconcileRequest,
  StatementLine,
  StatementList,
  StatementResponse,
} from '@digipakket/api/contracts';
import { STATEMENT_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchStatements(): Promise<StatementList> {
  return portal.api.call(STATEMENT_ROUTES.list);
}

export function fetchStatement({ statementId }: { statementId: string }): Promise<StatementResponse> {
  return portal.api.call(STATEMENT_ROUTES.detail, { params: { id: statementId } });
}

export function reconcileLine({
  statementId,
  lineId,
  verdict,
}: {
  statementId: string;
  lineId: string;
  verdict: ReconcileRequest;
}): Promise<{ line: StatementLine }> {
  return portal.api.call(STATEMENT_ROUTES.reconcileLine, {
    params: { id: statementId, lineId },
    body: verdict,
  });
}

export function closeReconciliation({ statementId }: { statementId: string }): Promise<StatementResponse> {
  return portal.api.call(STATEMENT_ROUTES.close, { params: { id: statementId } });
}

/** The PDF with its labels in the interface language beside the Dutch ones. */
export function statementPdfHref({
  statementId,
  language,
}: {
  statementId: string;
  language: string;
}): string {
  return `/api/statements/${encodeURIComponent(statementId)}/pdf?language=${encodeURIComponent(language)}`;
}
