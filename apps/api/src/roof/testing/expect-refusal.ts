import { expect } from 'vitest';
import type { TestResponse } from './test-app';

/**
 * Asserts that the API refused a request with this status and error code (a typed refusal), and
 * returns the error of the body for the checks a test makes beyond them.
 */
export async function expectRefusal(res: TestResponse, { status, code }: { status: number; code: string }) {
  expect(res.status).toBe(status);
  const { error } = await res.json();
  expect(error.code).toBe(code);
  return error;
}
