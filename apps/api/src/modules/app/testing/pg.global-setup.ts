import type { TestProject } from 'vitest/node';

// Starts one throwaway PostgreSQL for the whole run, unless TEST_DATABASE_URL points at a server already.
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) return;
  const script = new URL('../../../../../../tooling/scripts/pg-throwaway.mjs', import.meta.url).href;
  const { startThrowawayPostgres } = (await import(script)) as {
    startThrowawayPostgres: () => Promise<{ url: string; stop: () => void }>;
  };
  const pg = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = pg.url;
  project.provide('testDatabaseUrl', pg.url);
  return () => pg.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}
