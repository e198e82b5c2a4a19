import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

type TestAppOptions = Parameters<typeof createTestApp>[0];

/**
 * The app that all the tests of one file share: started before the first of them (with the demo
 * tenant unless `options` say otherwise), handed to `ready` to keep and to sign in the accounts the
 * tests use, and closed after the last of them.
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
 * `appForFile` for a file whose tests act as one demo account: `ready` receives the app and that
 * account's session cookie.
 */
export function signedInAppForFile(
  email: string,
  ready: (started: { t: TestApp; cookie: string }) => void,
  options?: TestAppOptions,
) {
  appForFile(async (t) => {
    const { cookie } = await t.login({ email });
    ready({ t, cookie });
  }, options);
}
