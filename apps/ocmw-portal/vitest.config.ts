import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'ocmw-portal',
    include: ['src/**/*.test.ts'],
  },
});
