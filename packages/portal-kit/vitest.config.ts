import solid from 'vite-plugin-solid';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [solid()],
  test: {
    name: 'portal-kit',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
});
