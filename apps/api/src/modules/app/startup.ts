import type { DemoAccount } from '../demo/demo.accounts';
import type { Config } from './config';
import type { DatabaseDriver } from './database';
import { PORTAL_APPS } from './portals';

/** The block printed when the server is up: where each portal is and how to log in. */
export function formatStartupBanner({
  config,
  driver,
  accounts,
  demoLoaded,
}: {
  config: Config;
  driver: DatabaseDriver;
  accounts: DemoAccount[];
  demoLoaded: boolean;
}): string {
  const base = config.server.publicUrl;
  const where = driver === 'pglite' ? `PGlite (${config.database.dataDir})` : 'PostgreSQL';
  const lines = [
    '',
    '  Digipakket is running',
    '',
    ...PORTAL_APPS.map((portal) => `    ${portal.title.padEnd(6)} ${base}/${portal.path}/`),
    `    API    ${base}/api/docs`,
    '',
    `  Database: ${where}${demoLoaded ? ', demo data loaded now' : ''}`,
  ];
  if (accounts.length > 0) {
    const width = Math.max(...accounts.map((account) => account.email.length));
    lines.push('', `  Demo accounts (password for all: ${accounts[0]!.password})`, '');
    for (const account of accounts) {
      lines.push(`    ${account.email.padEnd(width)}  ${account.role.padEnd(13)}  /${account.portal}/`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
