import { type Accessor, createSignal } from 'solid-js';
import type { SummaryError } from './form-parts.component';

export interface FormErrors {
  /** What the last refused submit found, for the form's `ErrorSummary`. */
  errors: Accessor<SummaryError[]>;
  /** Counts the checks, so the summary takes the focus again at each one. */
  attempt: Accessor<number>;
  /** Shows what a check found (an empty list clears it) and counts it; true when nothing was found. */
  check: (found: SummaryError[]) => boolean;
  /** The message about one field, to show beside it. */
  of: (field: string) => string | undefined;
}

/** A form's refusals: what its last check or the API found, each tied to its field where it has one. */
export function createFormErrors(): FormErrors {
  const [errors, setErrors] = createSignal<SummaryError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  return {
    errors,
    attempt,
    check: (found) => {
      setErrors(found);
      setAttempt((count) => count + 1);
      return found.length === 0;
    },
    of: (field) => errors().find((error) => error.field === field)?.message,
  };
}
