import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

// These tests talk to a real HTTP server over real sockets: how a connection behaves after an answer
// is not visible through app.request().

const BODY_LIMIT = 64 * 1024;
let t: TestApp;
let server: ServerType;
let port: number;

beforeAll(async () => {
  t = await createTestApp({ demo: false, env: { BODY_LIMIT_BYTES: String(BODY_LIMIT) } });
  server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  server.close();
  await t.close();
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send({
  agent,
  method,
  path,
  headers = {},
  body,
}: {
  agent: Agent;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | Buffer[];
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (Array.isArray(body)) for (const part of body) req.write(part);
    else if (body) req.write(body);
    req.end();
  });
}

/** A raw socket that collects everything the server sends and notices when the server closes it. */
async function rawSocket() {
  const socket: Socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  let ended = false;
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1');
  });
  socket.on('error', () => {});
  socket.on('end', () => {
    ended = true;
  });
  const closed = once(socket, 'close');
  return {
    socket,
    closed,
    received: () => received,
    ended: () => ended,
    async waitFor(pattern: RegExp, ms = 5000) {
      const deadline = Date.now() + ms;
      while (!pattern.test(received) && !ended && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      return pattern.test(received);
    },
  };
}

const tooLarge = () => Buffer.alloc(BODY_LIMIT * 40, 'x');

describe('a connection after a body over the limit', () => {
  for (const framing of ['content-length', 'chunked'] as const) {
    it(`is either closed as announced or still answers, with a ${framing} body`, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const body = tooLarge();
        const headers: Record<string, string> =
          framing === 'chunked'
            ? { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }
            : { 'content-type': 'application/json', 'content-length': String(body.length) };
        const parts =
          framing === 'chunked' ? Array.from({ length: 40 }, () => Buffer.alloc(BODY_LIMIT, 'x')) : body;
        const first = await send({ agent, method: 'POST', path: '/api/auth/login', headers, body: parts });
        expect(first.status).toBe(413);
        expect(JSON.parse(first.body).error.code).toBe('request.too_large');

        const next = await send({ agent, method: 'GET', path: '/api/health' });
        expect(next.status).toBe(200);
      } finally {
        agent.destroy();
      }
    });
  }

  it('says Connection: close and closes a raw socket whose body was not read', async () => {
    const raw = await rawSocket();
    const body = tooLarge();
    raw.socket.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    raw.socket.write(body);
    expect(await raw.waitFor(/\r\n\r\n\{.*\}\}/s)).toBe(true);
    const head = raw.received().split('\r\n\r\n')[0]!;
    expect(head).toMatch(/^HTTP\/1\.1 413/);
    if (/^connection: close$/im.test(head)) {
      await raw.closed;
    } else {
      raw.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
      expect(await raw.waitFor(/HTTP\/1\.1 200/, 3000)).toBe(true);
    }
    raw.socket.destroy();
  });
});
