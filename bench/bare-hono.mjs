// The baseline: a bare Hono "hello" endpoint on @hono/node-server, the same libraries the API uses.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const apiDir = join(import.meta.dirname, '..', 'apps', 'api');
const require = createRequire(join(apiDir, 'package.json'));
const { Hono } = await import(pathToFileURL(require.resolve('hono')).href);
const { serve } = await import(pathToFileURL(require.resolve('@hono/node-server')).href);

const app = new Hono();
app.get('/hello', (c) => c.json({ hello: 'world' }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.argv[2]) }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});
