import { mayUseWelfarePage, ROLES_BY_ORG_KIND, WELFARE_PAGES, type WelfarePage } from '@digipakket/domain';
import { describe, expect, it } from 'vitest';
import { appForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';

/** The operation that makes each page of the welfare portal what it is: reading its list, or its own change. */
const PAGE_OPERATIONS: Record<WelfarePage, { method: string; path: string }> = {
  clients: { method: 'get', path: '/api/clients' },
  newClient: { method: 'post', path: '/api/clients' },
  followUp: { method: 'get', path: '/api/signals' },
  infoMoments: { method: 'get', path: '/api/info-moments' },
  devices: { method: 'get', path: '/api/devices' },
  import: { method: 'post', path: '/api/clients/import' },
  documents: { method: 'post', path: '/api/documents/batches' },
  dashboard: { method: 'get', path: '/api/dashboard' },
  waves: { method: 'post', path: '/api/waves' },
  reports: { method: 'get', path: '/api/reports/{report}' },
  audit: { method: 'get', path: '/api/audit' },
  statements: { method: 'post', path: '/api/statements/{id}/close' },
  admin: { method: 'put', path: '/api/programmes/{id}/settings' },
};

let t: TestApp;
let paths: Record<string, Record<string, { 'x-access'?: unknown }>>;

appForFile(
  async (app) => {
    t = app;
    paths = (await (await t.request('/api/openapi.json')).json()).paths;
  },
  { demo: false },
);

describe('the welfare portal shows each role the pages the API lets it use', () => {
  it.each([...WELFARE_PAGES])('%s is offered to exactly the welfare roles its operation grants', (page) => {
    const { method, path } = PAGE_OPERATIONS[page];
    const access = paths[path]?.[method]?.['x-access'];
    expect(access, `${method} ${path}`).toBeDefined();
    for (const role of ROLES_BY_ORG_KIND.welfare) {
      const granted = Array.isArray(access) && access.includes(`welfare:${role}`);
      expect(mayUseWelfarePage({ role, page }), `${page} for ${role}`).toBe(granted);
    }
  });
});
