import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.pg.test.ts', 'node_modules/**', 'dist/**'],
    // Always in-memory PGlite here, even when the shell has TEST_DATABASE_URL set.
    env: { TZ: 'UTC', TEST_DATABASE_URL: '' },
    // One migrated PGlite (and one with the demo tenant) for the run; each file opens a copy.
    globalSetup: ['./src/roof/testing/pglite.global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
