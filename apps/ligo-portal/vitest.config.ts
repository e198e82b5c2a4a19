import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'ligo-portal',
    include: ['src/**/*.test.ts'],
  },
});
