import { defineProject } from 'vitest/config';

// The same e2e suites as the `api` project, plus the *.pg.test.ts suites, against a real PostgreSQL:
// a throwaway cluster started by the global setup (or TEST_DATABASE_URL when already set). Each test
// file gets its own fresh database on that server.
export default defineProject({
  test: {
    name: 'api-pg',
    environment: 'node',
    include: ['src/**/*.pg.test.ts', 'src/**/*.e2e.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    globalSetup: ['./src/roof/testing/pg.global-setup.ts'],
    setupFiles: ['./src/roof/testing/pg.setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
