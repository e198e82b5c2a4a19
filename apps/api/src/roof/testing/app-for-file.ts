import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

type TestAppOptions = Parameters<typeof createTestApp>[0];

/**
 * The app that all the tests of one file share: started before the first of them (with the demo
 * tenant unless `options` say otherwise), handed to `ready` to keep and to arrange what the tests
 * start from, and closed after the last of them.
 */
export function appForFile(ready: (t: TestApp) => Promise<void> | void, options?: TestAppOptions) {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await createTestApp(options);
    await ready(app);
  });
  afterAll(async () => {
    await app?.close();
  });
}

/**
 * `appForFile` for a file whose tests act as demo accounts: each of `accounts` (a name the tests use
 * for it, and its email) is signed in, and `ready` receives the app with each account's session
 * cookie under its name.
 */
export function signedInAppForFile<Name extends string>(
  accounts: Record<Name, string>,
  ready: (started: { t: TestApp } & Record<Name, string>) => Promise<void> | void,
  options?: TestAppOptions,
) {
  appForFile(async (t) => {
    const cookies = {} as Record<Name, string>;
    for (const [name, email] of Object.entries(accounts) as [Name, string][]) {
      cookies[name] = (await t.login({ email })).cookie;
    }
    await ready({ ...cookies, t });
  }, options);
}

/**
 * `appForFile` for a file whose tests ask for the built portals: each of `portals` (a path below the
 * portals folder, such as `beego-portal/dist/index.html`, and its content) is written into a folder of
 * the file's own, which the app serves as its PORTALS_DIR and which is removed after the last test.
 */
export function appWithPortalsForFile(
  portals: Record<string, string | Buffer>,
  ready: (t: TestApp) => Promise<void> | void,
  options: TestAppOptions = {},
) {
  const folder = mkdtempSync(join(tmpdir(), 'dp-portals-'));
  for (const [path, content] of Object.entries(portals)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  appForFile(ready, { ...options, env: { ...options.env, PORTALS_DIR: folder } });
}
