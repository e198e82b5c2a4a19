import { createResource } from 'solid-js';
import { fetchStatements } from './statements.services';

/** The organisation's monthly statements. */
export function createStatementsQuery() {
  return createResource(fetchStatements);
}
