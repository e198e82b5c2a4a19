import { defineProject } from 'vitest/config';
import { DRILLS } from './vitest.pg.config';

// The timing-sensitive drills on PostgreSQL (see DRILLS): after every other project, alone.
export default defineProject({
  test: {
    name: 'api-pg-drills',
    environment: 'node',
    include: DRILLS,
    globalSetup: ['./src/roof/testing/pg.global-setup.ts'],
    setupFiles: ['./src/roof/testing/pg.setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
    sequence: { groupOrder: 1 },
  },
});
