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

/**
 * Asserts that two requests were refused with this status and code and with the same error, to the
 * letter but for the request id: nothing in the answer tells the two cases apart.
 */
export async function expectSameRefusal(
  [first, second]: [TestResponse, TestResponse],
  refusal: { status: number; code: string },
) {
  const a = await expectRefusal(first, refusal);
  const b = await expectRefusal(second, refusal);
  expect({ ...a, requestId: undefined }).toEqual({ ...b, requestId: undefined });
}
