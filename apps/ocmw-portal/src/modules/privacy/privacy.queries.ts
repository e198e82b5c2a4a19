import { createResource } from 'solid-js';
import { fetchRetention } from './privacy.services';

/** How long closed client files are kept, with the limits the admin may choose between. */
export function createRetentionQuery() {
  return createResource(fetchRetention);
}
