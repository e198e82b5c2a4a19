import { describe, expect, it } from 'vitest';
import { findDataAccessFaults } from './data-access-check';

describe('findDataAccessFaults', () => {
  it('accepts resources in a queries file and contract calls in a services file', () => {
    expect(
      findDataAccessFaults([
        { file: 'clients/clients.queries.ts', text: 'return createResource(id, fetchOverview);' },
        {
          file: 'clients/clients.services.ts',
          text: 'return portal.api.call(CLIENT_ROUTES.overview, input);',
        },
        { file: 'clients/pages/client.page.tsx', text: 'const [overview] = createClientOverviewQuery(id);' },
      ]),
    ).toEqual([]);
  });

  it('names an untyped request anywhere, a resource outside a queries file and an API call in a component', () => {
    expect(
      findDataAccessFaults([
        {
          file: 'waves/waves.services.ts',
          text: "import x from 'y';\nreturn portal.api.request<Plan>('/waves');",
        },
        {
          file: 'reports/pages/reports.page.tsx',
          text: 'const [programmes] = createResource(fetchProgrammes);',
        },
        {
          file: 'training/progress.component.tsx',
          text: 'return portal.api.call(TRAINING_ROUTES.group, input);',
        },
      ]),
    ).toEqual([
      { file: 'waves/waves.services.ts', line: 2, fault: 'untyped-request' },
      { file: 'reports/pages/reports.page.tsx', line: 1, fault: 'resource-outside-queries' },
      { file: 'training/progress.component.tsx', line: 1, fault: 'api-in-component' },
    ]);
  });
});
