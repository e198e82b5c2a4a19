// The baseline: a bare Hono "hello" endpoint on @hono/node-server, the same libraries the API uses.
// The bench package depends on the same versions as the API.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/hello', (c) => c.json({ hello: 'world' }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.argv[2]) }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});
