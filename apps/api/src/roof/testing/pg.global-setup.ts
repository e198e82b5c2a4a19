import type { TestProject } from 'vitest/node';

// Starts one throwaway PostgreSQL for the whole run, unless TEST_DATABASE_URL points at a server already.
// TEST_DATABASE_URL owns the tables (it migrates); the API connects as TEST_DATABASE_APP_URL, a role
// that owns nothing, so row-level security applies to it.
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) return;
  const script = new URL('../../../../../tooling/scripts/pg-throwaway.mjs', import.meta.url).href;
  const { startThrowawayPostgres } = (await import(script)) as {
    startThrowawayPostgres: () => Promise<{ url: string; appUrl: string; stop: () => void }>;
  };
  const pg = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = pg.url;
  process.env.TEST_DATABASE_APP_URL = pg.appUrl;
  project.provide('testDatabaseUrl', pg.url);
  project.provide('testDatabaseAppUrl', pg.appUrl);
  return () => pg.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string;
    testDatabaseAppUrl: string;
  }
}
