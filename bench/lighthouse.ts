// `pnpm bench:lighthouse [--runs 3] [--clients-per-tenant 3000] [--no-build] [--no-login-pages]
// [--only ocmw,beego] [--report file.json] [--report-dir dir]`: Lighthouse on each portal's main page
// after login (and its login page), served by the production build on real PostgreSQL.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAccounts, DATA_SIZES, loadGeneratedData } from '@digipakket/api/data-generator';
import { startThrowawayPostgres } from '../tooling/scripts/pg-throwaway.mjs';
import {
  LIGHTHOUSE_BARS,
  lighthouseFigures,
  measureLighthouse,
  portalLoginPages,
  portalMainPages,
} from './lib/lighthouse';
import { freePort, ROOT, startProcess, waitForOk } from './lib/processes';
import { machineInfo, printFigure } from './lib/results';
import { login, PASSWORD } from './lib/subjects';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'clients-per-tenant': { type: 'string', default: String(DATA_SIZES.gent.clientsPerTenant) },
    'no-build': { type: 'boolean', default: false },
    'no-login-pages': { type: 'boolean', default: false },
    only: { type: 'string' },
    report: { type: 'string' },
    'report-dir': { type: 'string' },
  },
});
const runs = Number(values.runs);
const clientsPerTenant = Number(values['clients-per-tenant']);

function build() {
  // turbo rebuilds only what changed, so the portals measured are the ones in the tree.
  const result = spawnSync('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('the build failed');
}

async function main() {
  const machine = machineInfo();
  process.stdout.write(
    `Lighthouse on the portals (${runs} runs each) on ${machine.cpuModel}, ${machine.cores} cores, load average ${machine.loadAverage}, Node ${machine.node}\n`,
  );
  if (!values['no-build']) build();

  const pg = await startThrowawayPostgres();
  let api: ReturnType<typeof startProcess> | undefined;
  const stopAll = async () => {
    await api?.stop();
    pg.stop();
  };
  const onSignal = () => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    process.stdout.write(`Generating 1 x ${clientsPerTenant} clients…\n`);
    await loadGeneratedData({
      url: pg.url,
      seed: 1,
      tenants: 1,
      clientsPerTenant,
      today: new Date().toISOString().slice(0, 10),
      password: PASSWORD,
    });

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    api = startProcess({
      command: process.execPath,
      args: [join(ROOT, 'apps/api/dist/server.js')],
      env: {
        NODE_ENV: 'production',
        DATABASE_URL: pg.appUrl,
        DATABASE_OWNER_URL: pg.url,
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        DEMO_DATA: 'never',
        LOG_LEVEL: 'warn',
        SIGNAL_SWEEP_INTERVAL_SECONDS: '0',
      },
    });
    const server = api;
    await waitForOk({ url: `${baseUrl}/api/health`, timeoutMs: 120_000, child: server.child }).catch(
      (error) => {
        throw new Error(`${error instanceof Error ? error.message : error}\n${server.stderr()}`);
      },
    );

    const accounts = benchAccounts({ tenantIndex: 0 });
    const pages = [
      ...portalMainPages({
        cookies: {
          ocmw: (await login({ baseUrl, email: accounts.socialWorkers[0]! })).cookie,
          beego: (await login({ baseUrl, email: accounts.students[0]! })).cookie,
          ligo: (await login({ baseUrl, email: accounts.teachers[0]! })).cookie,
        },
      }),
      ...(values['no-login-pages'] ? [] : portalLoginPages()),
    ];
    const only = values.only?.split(',');
    const result = await measureLighthouse({
      baseUrl,
      pages: only ? pages.filter((page) => only.some((name) => page.portal.startsWith(name))) : pages,
      runs,
      reportDir: values['report-dir'],
      onRun: (run) =>
        process.stdout.write(
          `  ${run.portal} run ${run.run}/${run.runs}: performance ${run.performance}, accessibility ${run.accessibility}\n`,
        ),
    });

    process.stdout.write(`\nLighthouse ${result.lighthouseVersion}, ${result.chromium}\n`);
    for (const figure of lighthouseFigures(result)) printFigure(figure);
    for (const page of result.pages) {
      process.stdout.write(
        `\n${page.portal} (${page.device}) ${page.finalUrl}  best practices ${page.scores.bestPractices}, SEO ${page.scores.seo}\n`,
      );
      if (page.error) process.stdout.write(`  ERROR ${page.error}\n`);
      for (const audit of page.failingAudits)
        process.stdout.write(
          `  failing ${audit.category}/${audit.id} (${audit.failedRuns}/${page.runs} runs): ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}\n`,
        );
    }
    if (result.pages.some((page) => page.error)) process.exitCode = 1;
    if (values.report)
      writeFileSync(
        values.report,
        `${JSON.stringify({ machine, bars: LIGHTHOUSE_BARS, ...result }, null, 2)}\n`,
      );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopAll();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
