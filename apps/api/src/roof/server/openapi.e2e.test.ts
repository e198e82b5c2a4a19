import { describe, expect, it } from 'vitest';
import { API_TAGS, operationIdOf } from '../../ground/http/routes';
import { appForFile } from '../testing/app-for-file';
import type { TestApp } from '../testing/test-app';

type Parameter = { name: string; in: string; required?: boolean; schema?: { type?: unknown } };
type Operation = {
  operationId?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  responses: Record<string, unknown>;
  'x-access'?: unknown;
  'x-idempotent'?: boolean;
};

let t: TestApp;
// biome-ignore lint/suspicious/noExplicitAny: the document is read as JSON and pinned down by the expectations
let document: any;
let operations: Array<{ method: string; path: string; operation: Operation }>;

appForFile(async (app) => {
  t = app;
  document = await (await t.request('/api/openapi.json')).json();
  operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, item]) => Object.entries(item).map(([method, operation]) => ({ method, path, operation })),
  );
});

describe('the OpenAPI document as a contract', () => {
  it('gives every operation a unique operationId made from its method and path', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const { method, path, operation } of operations) {
      expect(operation.operationId).toBe(operationIdOf({ method, path }));
    }
    expect(operationIdOf({ method: 'get', path: '/api/clients/{id}/documents/{document}' })).toBe(
      'getClientsByIdDocumentsByDocument',
    );
  });

  it('declares the session cookie and names it on every operation that is not public', () => {
    expect(document.components.securitySchemes.cookieAuth).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'dp_session',
    });
    for (const { operation } of operations) {
      expect(operation.security).toEqual(operation['x-access'] === 'public' ? [] : [{ cookieAuth: [] }]);
    }
    expect(operations.some(({ operation }) => operation['x-access'] === 'public')).toBe(true);
  });

  it('declares every tag it uses, with a description', () => {
    const declared = new Map(
      (document.tags as Array<{ name: string; description: string }>).map((tag) => [
        tag.name,
        tag.description,
      ]),
    );
    expect([...declared.keys()]).toEqual([...API_TAGS]);
    for (const description of declared.values()) expect(description.length).toBeGreaterThan(10);
    for (const { operation } of operations) {
      for (const tag of operation.tags ?? []) expect(declared.has(tag)).toBe(true);
    }
  });

  it('documents the 400 for an over-long id on every operation with a path parameter', () => {
    for (const { path, operation } of operations.filter(({ path }) => path.includes('{'))) {
      expect(Object.keys(operation.responses), path).toContain('400');
    }
  });

  it('declares the Idempotency-Key header and the 422 for a reused key wherever keys apply, required on redeem', () => {
    const takesKey = operations.filter(({ operation }) =>
      operation.parameters?.some((parameter) => parameter.name === 'Idempotency-Key'),
    );
    for (const { operation } of operations.filter(({ operation }) => operation['x-idempotent'])) {
      expect(takesKey.map((entry) => entry.operation)).toContain(operation);
    }
    for (const { path, operation } of takesKey) {
      expect(Object.keys(operation.responses), path).toContain('422');
      const key = operation.parameters!.find((parameter) => parameter.name === 'Idempotency-Key')!;
      expect(key).toMatchObject({ in: 'header', schema: { minLength: 8, maxLength: 128 } });
    }
    const redeem = document.paths['/api/visits/redeem'].post as Operation;
    expect(redeem.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', required: true }),
    );
    const enrol = document.paths['/api/training/enrolments'].post as Operation;
    expect(enrol.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', required: false }),
    );
  });

  it('does not declare a paging offset that the API refuses as null', () => {
    const offsets = operations.flatMap(({ operation }) =>
      (operation.parameters ?? []).filter((parameter) => parameter.name === 'offset'),
    );
    expect(offsets.length).toBeGreaterThan(0);
    for (const offset of offsets) expect(offset.schema?.type).toBe('integer');
  });

  it('answers the documented 400 for a path id over 64 characters', async () => {
    const { cookie } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    const res = await t.request(`/api/clients/${'x'.repeat(65)}/overview`, { headers: { cookie } });
    expect(res.status).toBe(400);
    expect(document.paths['/api/clients/{id}/overview'].get.responses['400']).toBeDefined();
  });
});
