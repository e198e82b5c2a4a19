import { drillsProject } from './vitest.drills.config';
import { DRILLS_PAIRED } from './vitest.pg.config';

// The drills that check outcomes, not timings: after the timing-sensitive ones, two files at a time.
export default drillsProject({
  name: 'api-pg-drills-paired',
  include: DRILLS_PAIRED,
  groupOrder: 2,
  maxWorkers: 2,
});
