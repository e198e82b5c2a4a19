import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'beego-portal',
    include: ['src/**/*.test.ts'],
  },
});
