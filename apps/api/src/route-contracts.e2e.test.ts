import { describe, expect, it } from 'vitest';
import { appForFile } from './roof/testing/app-for-file';
import type { TestApp } from './roof/testing/test-app';
import type { RouteContract } from './route-contracts';
import * as contracts from './route-contracts';

let t: TestApp;
let operations: Set<string>;

appForFile(async (app) => {
  t = app;
  const document = (await (await t.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = new Set(
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    ),
  );
});

const routes = Object.entries(contracts).flatMap(([group, table]) =>
  Object.entries(table as Record<string, RouteContract>).map(([name, route]) => ({
    name: `${group}.${name}`,
    route,
  })),
);

describe('the route contracts the portals call', () => {
  it('name only operations the API serves, by method and path', () => {
    expect(routes.length).toBeGreaterThan(0);
    const missing = routes
      .filter(({ route }) => !operations.has(`${route.method} /api${route.path}`))
      .map(({ name, route }) => `${name}: ${route.method} ${route.path}`);
    expect(missing).toEqual([]);
  });

  it('hold nothing but the method and the path at run time', () => {
    for (const { route } of routes) expect(Object.keys(route).sort()).toEqual(['method', 'path']);
  });
});
