import { createMiddleware } from 'hono/factory';
import { createInvalidUtf8Error } from '../shared/errors';
import type { AppEnv } from './app.types';

const TEXT_BODY = /^\s*(application\/([\w.-]+\+)?json|text\/)/i;

/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A `\uD800`-`\uDFFF` escape in JSON text: only then can parsing make a lone surrogate. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

// Reused: decode() without `stream` starts afresh on every call.
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether JSON text, once parsed, holds a string or key with a lone surrogate. Text that is not JSON
 * is left to the route's validator, which answers `request.malformed_json`.
 */
function holdsLoneSurrogate(text: string): boolean {
  let found = false;
  try {
    JSON.parse(text, (key, value) => {
      if (LONE_SURROGATE.test(key) || (typeof value === 'string' && LONE_SURROGATE.test(value))) found = true;
      return value;
    });
  } catch {
    return false;
  }
  return found;
}

/**
 * Reads a text body (JSON or `text/*`) as strict UTF-8 before any route sees it: overlong encodings,
 * surrogate code points, truncated sequences and Latin-1 bytes answer 400 `request.invalid_utf8`
 * instead of being stored as U+FFFD. A JSON `\ud800` escape is valid JSON but makes a string that
 * is not Unicode text, so it is refused the same way. The decoded text is kept as the request's text
 * body, so the body is decoded once. Runs after the body limit, which has buffered the bytes.
 */
export const utf8BodyMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.req.raw.body || !TEXT_BODY.test(c.req.header('content-type') ?? '')) return next();
  const bytes = await c.req.arrayBuffer();
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw createInvalidUtf8Error();
  }
  if (SURROGATE_ESCAPE.test(text) && holdsLoneSurrogate(text)) throw createInvalidUtf8Error();
  // Hono keeps the promise of each body reading here; its type names the resolved value instead.
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
  return next();
});
