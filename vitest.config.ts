import { defineConfig } from 'vitest/config';

// One runner for the whole repository: each package keeps its own config and the
// root lists them, so `pnpm test` runs every unit, API and database suite.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*-portal/vitest.config.ts',
      'apps/api/vitest.config.ts',
      'apps/api/vitest.pg.config.ts',
    ],
  },
});
