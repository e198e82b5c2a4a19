import { createResource } from 'solid-js';
import { fetchBranding } from './admin.services';

/** The details on the welfare centre's documents, for the Beheer page. */
export function createBrandingQuery() {
  return createResource(fetchBranding);
}
