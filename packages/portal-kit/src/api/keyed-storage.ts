import type { Signal } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';

/**
 * Storage for `createResource` that keeps each listed row's identity across refetches: a new
 * answer is merged into the old one (`reconcile`), matching the rows of every list by `key`.
 * A `<For>` over the rows then keeps the rows that are still there, with what the user was
 * typing into them, instead of rebuilding every row each time the list is loaded again.
 *
 * `createResource(source, fetcher, { storage: keyedStorage('chequeId') })`
 */
export function keyedStorage(key: string) {
  return <T>(initial: T | undefined): Signal<T | undefined> => {
    const [store, setStore] = createStore<{ value: T | undefined }>({ value: initial });
    const read = () => store.value;
    const write = (next: unknown) => {
      const value =
        typeof next === 'function' ? (next as (previous: T | undefined) => T)(unwrap(store.value)) : next;
      setStore('value', reconcile(value as T, { key, merge: false }));
      return store.value;
    };
    return [read, write] as Signal<T | undefined>;
  };
}
