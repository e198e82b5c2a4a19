/**
 * Waits for every promise (or query) of a record at once and answers their values under the same
 * names, so a caller names each read once instead of in a list of promises and again in a list of
 * results. Rejects with the first rejection, like `Promise.all`.
 */
export async function allOf<T extends Record<string, unknown>>(
  pending: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const names = Object.keys(pending);
  const values = await Promise.all(names.map((name) => pending[name]));
  return Object.fromEntries(names.map((name, index) => [name, values[index]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}
