import { fileURLToPath } from 'node:url';
import { findDataAccessFaults, readPortalSources } from '@digipakket/portal-kit/testing';
import { describe, expect, it } from 'vitest';

describe('the portal’s data access', () => {
  it('loads data only in queries files and calls the API only through route contracts, never from a component', () => {
    const sources = readPortalSources(fileURLToPath(new URL('.', import.meta.url)));
    expect(sources.length).toBeGreaterThan(10);
    expect(findDataAccessFaults(sources)).toEqual([]);
  });
});
