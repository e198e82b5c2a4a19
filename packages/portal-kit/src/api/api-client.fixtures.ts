/** A JSON answer of the API as `fetch` resolves it: `status`, and `body` as JSON when there is one. */
export function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
