import { type Browser, type Page, test } from '@playwright/test';
import { type AccountName, type Deployment, startEmptyDeployment } from './deployment';
import { openPortal } from './roles';

/**
 * The roles of a journey whose steps run one after the other on a deployment of its own, started
 * empty before the first step (on `port`) and stopped after the last. Each role's page is signed in on
 * the role's own screen the first time a step asks for it (`as`). Call it once, at the top of a spec.
 */
export function castOnEmptyDeployment({ port }: { port: number }) {
  let deployment: Deployment | undefined;
  const pages: Partial<Record<AccountName, Page>> = {};

  const closeAll = async () => {
    for (const [who, page] of Object.entries(pages)) {
      await page?.context().close();
      delete pages[who as AccountName];
    }
  };

  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    // A dozen start-ups of the command line, each opening the data folder: a minute on a quiet machine.
    test.setTimeout(600_000);
    deployment = await startEmptyDeployment({ port });
  });

  test.afterAll(async () => {
    await closeAll();
    await deployment?.stop();
  });

  test.beforeEach(() => {
    test.setTimeout(240_000);
  });

  // Playwright's own screenshot shows only the first page: keep every role's screen of a failed step.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a hook uses from this pattern.
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status === testInfo.expectedStatus) return;
    for (const [who, page] of Object.entries(pages)) {
      await page
        ?.screenshot({ path: testInfo.outputPath(`${who}.png`), fullPage: true, timeout: 10_000 })
        .catch(() => undefined);
    }
  });

  const started = () => {
    if (!deployment)
      throw new Error('The deployment has not started: call castOnEmptyDeployment at the top of a spec.');
    return deployment;
  };

  return {
    /** The deployment the steps run on, once it has started. */
    deployment: started,
    /** The page of a role, signed in on its own screen the first time it is asked for. */
    as: async (browser: Browser, who: AccountName): Promise<Page> => {
      pages[who] ??= await openPortal(browser, started().baseURL, who);
      return pages[who];
    },
    /** Closes every role's page, so that each signs in again when next asked for. */
    closeAll,
  };
}
