import type {
  ReconcileRequest,
  StatementLine,
  StatementList,
  StatementResponse,
} from '@digipakket/api/contracts';
import { portal } from '../../portal';

export function fetchStatements(): Promise<StatementList> {
  return portal.api.request<StatementList>('/statements');
}

export function fetchStatement({ statementId }: { statementId: string }): Promise<StatementResponse> {
  return portal.api.request<StatementResponse>(`/statements/${encodeURIComponent(statementId)}`);
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
  return portal.api.request<{ line: StatementLine }>(
    `/statements/${encodeURIComponent(statementId)}/lines/${encodeURIComponent(lineId)}/reconcile`,
    { method: 'POST', body: verdict },
  );
}

export function closeReconciliation({ statementId }: { statementId: string }): Promise<StatementResponse> {
  return portal.api.request<StatementResponse>(`/statements/${encodeURIComponent(statementId)}/close`, {
    method: 'POST',
  });
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
