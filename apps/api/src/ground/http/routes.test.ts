import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { route, types } from '../shared/route-contract';
import type { AppEnv } from './app.types';
import { routesOf } from './routes';
import { serveJson } from './serve';

const NoteSchema = z.strictObject({ text: z.string().min(1) });
const NoteAnswerSchema = z.object({ note: z.object({ id: z.string(), text: z.string() }) });
const NOTE_ROUTES = {
  add: route(
    'POST',
    '/clients/{id}/notes',
    types<{ body: typeof NoteSchema; answer: typeof NoteAnswerSchema }>(),
  ),
  echo: route('POST', '/echo', types<{ body: typeof NoteSchema; answer: typeof NoteSchema }>()),
};

const define = routesOf({ tag: 'clients', access: ['welfare:social_worker'] });

describe('declaring a route of a feature', () => {
  it("takes the method and the path from the portals' contract, and each id of the path as a short string", () => {
    const declared = define(NOTE_ROUTES.add, {
      summary: 'Add a note',
      body: NoteSchema,
      answer: [201, NoteAnswerSchema, 'The note.'],
    });
    expect(declared.method).toBe('post');
    expect(declared.path).toBe('/api/clients/{id}/notes');
    expect(declared.request.params.safeParse({ id: 'cli_1' }).success).toBe(true);
    expect(declared.request.params.safeParse({ id: 'x'.repeat(65) }).success).toBe(false);
    expect(declared.tags).toEqual(['clients']);
    expect(declared['x-access']).toEqual(['welfare:social_worker']);
  });

  it('documents the errors its access, path and body imply, and those it names, once each', () => {
    const declared = define(NOTE_ROUTES.add, {
      summary: 'Add a note',
      body: NoteSchema,
      answer: [201, NoteAnswerSchema, 'The note.'],
      errors: [404, 409, 400],
    });
    expect(Object.keys(declared.responses).map(Number)).toEqual([201, 400, 401, 403, 404, 409, 413, 415]);
  });

  it('documents no 401 or 403 for a public route, nor a 403 for a read every session may make', () => {
    const open = define(route('GET', '/open'), { access: 'public', summary: 'Open', answer: [204, 'Done.'] });
    const me = define(route('GET', '/me'), {
      access: 'authenticated',
      beforePasswordChange: true,
      secondFactorStep: 'any',
      summary: 'Who',
      answer: [204, 'Done.'],
    });
    expect(Object.keys(open.responses)).toEqual(['204']);
    expect(Object.keys(me.responses)).toEqual(['204', '401']);
  });

  it("is served with its one success answer's status", async () => {
    const declared = define(NOTE_ROUTES.echo, {
      access: 'public',
      summary: 'Echo',
      body: NoteSchema,
      answer: [202, NoteSchema, 'The same.'],
    });
    const app = new OpenAPIHono<AppEnv>();
    serveJson(app, declared, async ({ body }) => ({ text: body.text.toUpperCase() }));
    const response = await app.request('/api/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hallo' }),
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ text: 'HALLO' });
  });

  it("cannot take a body or give an answer other than the contract's (a type error)", () => {
    const declare = () => {
      define(NOTE_ROUTES.add, {
        summary: 'Add a note',
        // @ts-expect-error the contract's body is a note, not a bare string
        body: z.string(),
        answer: [201, NoteAnswerSchema, 'The note.'],
      });
      define(NOTE_ROUTES.add, {
        summary: 'Add a note',
        body: NoteSchema,
        // @ts-expect-error the contract's answer holds the note
        answer: [201, NoteSchema, 'The note.'],
      });
      // @ts-expect-error the contract answers with a body
      define(NOTE_ROUTES.add, { summary: 'Add a note', body: NoteSchema, answer: [204, 'Added.'] });
    };
    expect(declare).toBeTypeOf('function');
  });
});
