import { defineConfig } from 'drizzle-kit';

// Migrations are generated (`pnpm --filter @digipakket/api db:generate`) and committed; never pushed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/*.tables.ts',
  out: './drizzle',
});
