import { createResource } from 'solid-js';
import { fetchStatement, fetchStatements } from './statements.services';

/** The partners' monthly statements. */
export function createStatementsQuery() {
  return createResource(() => fetchStatements());
}

/** One statement with its lines, loaded again when `statementId` changes. */
export function createStatementQuery(statementId: () => string) {
  return createResource(statementId, (id) => fetchStatement({ statementId: id }));
}
