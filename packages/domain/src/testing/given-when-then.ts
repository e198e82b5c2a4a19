import { expect } from 'vitest';

type Decision =
  | { readonly ok: true }
  | { readonly ok: false; readonly reasons: readonly { readonly code: string }[] };

/**
 * Given / when / then specifications for a pure decide function, in the style of event-sourced
 * domain tests: `given` a state, `when` a command, `then` the expected result or refusal.
 */
export function specification<State, Command, Result extends Decision>(
  decide: (state: State, command: Command) => Result,
) {
  return {
    given: (state: State) => ({
      when: (command: Command) => {
        const result = decide(state, command);
        return {
          result,
          thenAccepted: (
            expected: Record<string, unknown> | ((result: Extract<Result, { ok: true }>) => void),
          ) => {
            expect(result.ok, JSON.stringify(result)).toBe(true);
            if (typeof expected === 'function') expected(result as Extract<Result, { ok: true }>);
            else expect(result).toMatchObject(expected);
          },
          thenRefused: (...codes: string[]) => {
            expect(result.ok).toBe(false);
            const reasons = (result as Extract<Result, { ok: false }>).reasons.map((reason) => reason.code);
            expect(reasons).toEqual(codes);
          },
        };
      },
    }),
  };
}
