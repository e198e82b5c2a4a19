import { describe, expect, it } from 'vitest';
import { appForFile } from '../testing/app-for-file';
import type { TestApp } from '../testing/test-app';

type Schema = { [key: string]: unknown };
type Operation = {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const NESTED_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const NESTED_ONE = ['items', 'additionalProperties', 'not'];

function isNumeric(schema: Schema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('number') || types.includes('integer');
}

/** Every numeric schema reachable from `schema`, each with where it sits in the request. */
function numericFields({
  schema,
  at,
  components,
  seen = new Set<string>(),
}: {
  schema: unknown;
  at: string;
  components: Record<string, Schema>;
  seen?: Set<string>;
}): { at: string; schema: Schema }[] {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Schema;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return [];
    return numericFields({ schema: components[name], at, components, seen: new Set([...seen, name]) });
  }
  const found = isNumeric(node) ? [{ at, schema: node }] : [];
  const properties = (node.properties ?? {}) as Record<string, unknown>;
  for (const [name, child] of Object.entries(properties)) {
    found.push(...numericFields({ schema: child, at: `${at}.${name}`, components, seen }));
  }
  for (const key of NESTED_ONE) {
    found.push(...numericFields({ schema: node[key], at: `${at}[${key}]`, components, seen }));
  }
  for (const key of NESTED_LISTS) {
    const list = Array.isArray(node[key]) ? (node[key] as unknown[]) : [];
    list.forEach((child, index) => {
      found.push(...numericFields({ schema: child, at: `${at}[${key}.${index}]`, components, seen }));
    });
  }
  return found;
}

function isBounded(schema: Schema): boolean {
  const low = typeof schema.minimum === 'number' || typeof schema.exclusiveMinimum === 'number';
  const high = typeof schema.maximum === 'number' || typeof schema.exclusiveMaximum === 'number';
  return low && high;
}

let t: TestApp;

appForFile(
  (app) => {
    t = app;
  },
  { demo: false },
);

describe('numbers in requests', () => {
  it('gives every numeric field of every request body, query, path and header both a minimum and a maximum', async () => {
    const document = (await (await t.request('/api/openapi.json')).json()) as OpenApiDocument;
    const components = document.components?.schemas ?? {};
    const fields: { at: string; schema: Schema }[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        const operation = operations[method];
        if (!operation) continue;
        const where = `${method.toUpperCase()} ${path}`;
        for (const parameter of operation.parameters ?? []) {
          fields.push(
            ...numericFields({
              schema: parameter.schema,
              at: `${where} ${parameter.in}:${parameter.name}`,
              components,
            }),
          );
        }
        for (const [type, content] of Object.entries(operation.requestBody?.content ?? {})) {
          fields.push(...numericFields({ schema: content.schema, at: `${where} body(${type})`, components }));
        }
      }
    }
    // The walk must see the numbers it is meant to guard, or an empty list would pass.
    expect(fields.map((field) => field.at)).toContain(
      'PUT /api/clients/{id}/intake body(application/json).package.cheques',
    );
    const unbounded = fields.filter((field) => !isBounded(field.schema)).map((field) => field.at);
    expect(unbounded).toEqual([]);
  });
});
