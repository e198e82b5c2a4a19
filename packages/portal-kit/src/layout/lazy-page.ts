import { type Component, lazy } from 'solid-js';

/**
 * A page whose code loads the first time its route is shown, from a module that exports it by
 * name: `lazyPage(() => import('./waves.page'), 'WavesPage')`.
 */
export function lazyPage<Name extends string, Module extends Record<Name, Component>>(
  load: () => Promise<Module>,
  name: Name,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
