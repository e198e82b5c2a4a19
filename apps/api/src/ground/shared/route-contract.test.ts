import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { contract, type RouteAnswer, type RouteInput, route, types } from './route-contract';

const NoteSchema = z.strictObject({ text: z.string().min(1), pinned: z.boolean().default(false) });
const NoteAnswerSchema = z.object({ note: z.object({ id: z.string(), text: z.string() }) });
const NoteQuerySchema = z.object({ limit: z.coerce.number().int().optional() });

type Shapes = {
  list: { query: typeof NoteQuerySchema; answer: z.ZodArray<typeof NoteAnswerSchema> };
  add: { body: typeof NoteSchema; answer: typeof NoteAnswerSchema };
};

const NOTE_ROUTES = contract(types<Shapes>(), {
  list: 'GET /clients/{id}/notes',
  add: 'POST /clients/{id}/notes',
  remove: 'DELETE /clients/{id}/notes/{note}',
});

describe("a feature's contract", () => {
  it('splits each line into its method and its path, and holds nothing else', () => {
    expect(NOTE_ROUTES).toEqual({
      list: { method: 'GET', path: '/clients/{id}/notes' },
      add: { method: 'POST', path: '/clients/{id}/notes' },
      remove: { method: 'DELETE', path: '/clients/{id}/notes/{note}' },
    });
  });

  it('gives each route the same type as declaring it alone with route and types', () => {
    const add = route(
      'POST',
      '/clients/{id}/notes',
      types<{ body: typeof NoteSchema; answer: typeof NoteAnswerSchema }>(),
    );
    expectTypeOf(NOTE_ROUTES.add).toEqualTypeOf(add);
    expectTypeOf(NOTE_ROUTES.remove).toEqualTypeOf(route('DELETE', '/clients/{id}/notes/{note}'));
    expectTypeOf(NOTE_ROUTES.add.method).toEqualTypeOf<'POST'>();
    expectTypeOf(NOTE_ROUTES.add.path).toEqualTypeOf<'/clients/{id}/notes'>();
  });

  it("types the input and the answer from the shape of the route's name", () => {
    expectTypeOf<RouteInput<typeof NOTE_ROUTES.add>>().toEqualTypeOf<{
      params: { id: string };
      query?: never;
      body: { text: string; pinned?: boolean | undefined };
    }>();
    expectTypeOf<RouteAnswer<typeof NOTE_ROUTES.add>>().toEqualTypeOf<{
      note: { id: string; text: string };
    }>();
    expectTypeOf<RouteInput<typeof NOTE_ROUTES.list>>().toEqualTypeOf<{
      params: { id: string };
      query?: { limit?: unknown };
      body?: never;
    }>();
    expectTypeOf<RouteInput<typeof NOTE_ROUTES.remove>>().toEqualTypeOf<{
      params: { id: string; note: string };
      query?: never;
      body?: never;
    }>();
    expectTypeOf<RouteAnswer<typeof NOTE_ROUTES.remove>>().toBeUndefined();
  });

  it('refuses a shape without a route, a misspelt part and a line that is not a method and a path', () => {
    const typeOnly = () => {
      // @ts-expect-error `add` has a shape but no route
      contract(types<{ add: { body: typeof NoteSchema } }>(), { ad: 'POST /notes' });
      // @ts-expect-error a shape names `answer`, not `anwser`
      contract<{ add: { body: typeof NoteSchema; anwser: typeof NoteAnswerSchema } }>()({
        add: 'POST /notes',
      });
      // @ts-expect-error `FETCH` is no method
      contract(types<Shapes>(), { list: 'GET /notes', add: 'FETCH /notes' });
      // @ts-expect-error the path starts with a slash after one space
      contract(types<Shapes>(), { list: 'GET /notes', add: 'POST notes' });
    };
    expect(typeOnly).toBeTypeOf('function');
  });
});
