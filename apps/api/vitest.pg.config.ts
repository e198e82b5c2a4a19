import { defineProject } from 'vitest/config';

/**
 * The drills that measure the API under load, kill processes or restart PostgreSQL run in projects of
 * their own, after every other suite (`vitest.drills.config.ts`), not beside other test files on a
 * shared machine.
 *
 * Alone, one file at a time: the drills whose assertions are timings (an answer within a deadline, a
 * wait longer than the retries, the slowest request of a restart) or a load measure, which another
 * process beside them on a two-core machine would make fail.
 */
export const DRILLS_ALONE = [
  'src/roof/security/database-outage.pg.test.ts',
  'src/roof/security/database-frozen.pg.test.ts',
  'src/roof/security/faults.pg.test.ts',
  'src/roof/security/load.pg.test.ts',
  'src/roof/security/pg-restart.pg.test.ts',
];

/**
 * Two at a time, after the others: drills that check outcomes rather than timings (what was stored,
 * sent or printed once, which server answered), each on a PostgreSQL cluster or a database of its own
 * and on ports of its own, and none stopping or freezing the suite's server.
 */
export const DRILLS_PAIRED = [
  'src/ground/database/database.standby.pg.test.ts',
  'src/roof/security/crash.pg.test.ts',
  'src/roof/security/job-queue.pg.test.ts',
  'src/roof/server/processes.pg.test.ts',
  'src/tracks/messages/messages.exactly-once.pg.test.ts',
  'src/tracks/visits/visits.redeem.pg.test.ts',
];

export const DRILLS = [...DRILLS_ALONE, ...DRILLS_PAIRED];

// The same e2e suites as the `api` project, plus the *.pg.test.ts suites, against a real PostgreSQL:
// a throwaway cluster started by the global setup (or TEST_DATABASE_URL when already set). Each test
// file gets its own fresh database on that server.
export default defineProject({
  test: {
    name: 'api-pg',
    environment: 'node',
    include: ['src/**/*.pg.test.ts', 'src/**/*.e2e.test.ts'],
    exclude: ['node_modules/**', 'dist/**', ...DRILLS],
    globalSetup: ['./src/roof/testing/pg.global-setup.ts'],
    setupFiles: ['./src/roof/testing/pg.setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
