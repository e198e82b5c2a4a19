import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { onDatabase, openDatabase } from '../../ground/database/database';
import { randomString } from '../../ground/shared/ids';

// Starts one throwaway PostgreSQL for the whole run, unless TEST_DATABASE_URL points at a server already.
// TEST_DATABASE_URL owns the tables (it migrates); the API connects as TEST_DATABASE_APP_URL, a role
// that owns nothing, so row-level security applies to it. The migrations run once, into a template
// database that each test file's database is copied from.
export default async function setup(project: TestProject) {
  let stop = () => {};
  if (!process.env.TEST_DATABASE_URL) {
    const script = new URL('../../../../../tooling/scripts/pg-throwaway.mjs', import.meta.url).href;
    const { startThrowawayPostgres } = (await import(script)) as {
      startThrowawayPostgres: () => Promise<{ url: string; appUrl: string; stop: () => void }>;
    };
    const pg = await startThrowawayPostgres();
    process.env.TEST_DATABASE_URL = pg.url;
    process.env.TEST_DATABASE_APP_URL = pg.appUrl;
    stop = pg.stop;
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  const appServerUrl = process.env.TEST_DATABASE_APP_URL ?? serverUrl;
  const template = `dp_template_${randomString({ length: 12 })}`;
  await createMigratedTemplate({ serverUrl, appServerUrl, name: template });
  project.provide('testDatabaseUrl', serverUrl);
  project.provide('testDatabaseAppUrl', process.env.TEST_DATABASE_APP_URL ?? '');
  project.provide('testDatabaseTemplate', template);
  return async () => {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => {});
    await admin.end();
    stop();
  };
}

/** A database migrated by its owner, with the API role's grants, closed so it can serve as a template. */
async function createMigratedTemplate({
  serverUrl,
  appServerUrl,
  name,
}: {
  serverUrl: string;
  appServerUrl: string;
  name: string;
}) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const app = await openDatabase({
    url: onDatabase({ serverUrl: appServerUrl, name }),
    ownerUrl: onDatabase({ serverUrl, name }),
    poolSize: 1,
  });
  try {
    await app.migrate();
  } finally {
    await app.close();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string;
    testDatabaseAppUrl: string;
    testDatabaseTemplate: string;
  }
}
