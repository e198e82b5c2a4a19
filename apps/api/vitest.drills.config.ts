import { defineProject } from 'vitest/config';
import { DRILLS_ALONE } from './vitest.pg.config';

/** A project of drills on PostgreSQL (see DRILLS_ALONE and DRILLS_PAIRED): after every other project. */
export function drillsProject({
  name,
  include,
  groupOrder,
  maxWorkers,
}: {
  name: string;
  include: string[];
  groupOrder: number;
  maxWorkers: number;
}) {
  return defineProject({
    test: {
      name,
      environment: 'node',
      include,
      globalSetup: ['./src/roof/testing/pg.global-setup.ts'],
      setupFiles: ['./src/roof/testing/pg.setup.ts'],
      env: { TZ: 'UTC' },
      testTimeout: 30_000,
      hookTimeout: 60_000,
      maxWorkers,
      sequence: { groupOrder },
    },
  });
}

// The timing-sensitive drills: after every other project, one file at a time.
export default drillsProject({ name: 'api-pg-drills', include: DRILLS_ALONE, groupOrder: 1, maxWorkers: 1 });
