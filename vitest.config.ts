import { availableParallelism } from 'node:os';
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
      'apps/api/vitest.drills.config.ts',
      'apps/api/vitest.drills-paired.config.ts',
    ],
    // At least two test files at a time: vitest's default (one less than the cores) runs a single
    // file at a time on a two-core machine, where much of an API test file's time is spent waiting
    // on PostgreSQL, a child process or a timer.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Coverage is enforced where the rules live: `pnpm test:all` runs with --coverage and a
    // drop below the thresholds fails the run.
    coverage: {
      provider: 'v8',
      include: ['packages/domain/src/**/*.ts'],
      exclude: ['**/*.test.ts', 'packages/domain/src/testing/**', 'packages/domain/src/index.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
