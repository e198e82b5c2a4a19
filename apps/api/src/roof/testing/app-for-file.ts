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
