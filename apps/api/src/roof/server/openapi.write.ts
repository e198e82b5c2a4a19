import { writeFileSync } from 'node:fs';
import { loadConfig } from '../../ground/config/config';
import { createLogger } from '../../ground/config/logger';
import { openDatabase } from '../../ground/database/database';
import { createServer } from './server';

/**
 * Writes the OpenAPI document the API serves at `/api/openapi.json` to a file (or stdout), built
 * from the registered routes without a listening server, for the contract lint
 * (`pnpm lint:openapi`). Usage: `tsx src/roof/server/openapi.write.ts [file]`.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'never', PORTALS_DIR: '/nonexistent-portals' },
  });
  // The server takes a database; serving the document reads none, so an empty one in memory does.
  const connection = await openDatabase({ dataDir: 'memory://' });
  try {
    const { app } = createServer({
      config,
      db: connection.db,
      driver: connection.driver,
      logger: createLogger({ level: 'silent' }),
    });
    const response = await app.request('/api/openapi.json');
    if (response.status !== 200) throw new Error(`/api/openapi.json answered ${response.status}`);
    const text = `${JSON.stringify(await response.json(), null, 2)}\n`;
    const file = process.argv[2];
    if (file) writeFileSync(file, text);
    else process.stdout.write(text);
  } finally {
    await connection.close();
  }
}

await main();
