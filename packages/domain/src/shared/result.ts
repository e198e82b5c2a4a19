/**
 * Why a rule or a transition said no: a stable dotted code that the portals translate in one
 * place, plus any details that help to explain it.
 *
 * @example
 * const reason: Reason = { code: 'cheque.already_redeemed', redeemedAt: '2025-03-02T10:00:00.000Z' };
 */
export type Reason<Code extends string = string> = {
  readonly code: Code;
  readonly [detail: string]: unknown;
};

/**
 * A refused command or failed check: one or more reasons, never an empty list.
 *
 * @example
 * const refusal: Refusal = { ok: false, reasons: [{ code: 'device.not_in_stock' }] };
 */
export type Refusal<Code extends string = string> = {
  readonly ok: false;
  readonly reasons: readonly Reason<Code>[];
};

/**
 * The result of anything a user can cause: `{ ok: true, ...value }` or a {@link Refusal}.
 *
 * @example
 * type Reserve = Outcome<{ device: ReservedDevice }>;
 */
export type Outcome<Value extends object, Code extends string = string> =
  | ({ readonly ok: true } & Value)
  | Refusal<Code>;

/**
 * Builds a refusal from one or more reasons.
 *
 * @example
 * refuse({ code: 'cheque.expired' }); // { ok: false, reasons: [{ code: 'cheque.expired' }] }
 */
export function refuse<Code extends string>(...reasons: [Reason<Code>, ...Reason<Code>[]]): Refusal<Code> {
  return { ok: false, reasons };
}

/**
 * Throws when a `switch` missed a case; the parameter type makes the compiler find the gap first.
 *
 * @example
 * switch (command.type) {
 *   case 'reserve': return reserve();
 *   default: return assertNever(command);
 * }
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
