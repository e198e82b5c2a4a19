import { type Accessor, createSignal } from 'solid-js';
import { errorMessageKey } from '../api/error-messages';
import { usePortal } from '../session/portal-context';

export interface ActionOptions<Args extends unknown[], Result> {
  /** The work: usually one API call. */
  run: (...args: Args) => Promise<Result>;
  /** What to do with the answer (announce it, clear the form, move on); its own failure reads as the action's. */
  onSuccess?: (result: Result, ...args: Args) => unknown;
  /** Loads what the action changed again, after `onSuccess`. */
  refetch?: () => unknown;
  /** How a failure reads; by default the kit's words for the API error's code or status. */
  errorText?: (error: unknown) => string;
  /** Takes a failure over from the error line, for refusals that shape the page (clashes, field errors). */
  onError?: (error: unknown) => void;
  /**
   * Reads the outcome out in the portal's status region, for a button with no error line beside it:
   * `done`'s words once the work succeeded (after `onSuccess`), and a failure in the action's words.
   * `true` announces only a failure.
   */
  announce?: true | { done: (result: Result, ...args: Args) => string };
}

export interface Action<Args extends unknown[]> {
  /** Starts the work unless it is already running; resolves `true` once it succeeded. */
  run: (...args: Args) => Promise<boolean>;
  /** Whether the work is running: a second start meanwhile does nothing. */
  busy: Accessor<boolean>;
  /** The last failure in words, cleared at each start. */
  error: Accessor<string | undefined>;
  /** Sets the error line by hand, e.g. for a check made before the work starts. */
  setError: (message: string | undefined) => void;
}

/**
 * A button's or form's write to the API: one busy flag that refuses a double start, one error
 * line in the portal's words, and the page's data loaded again once the write succeeded.
 */
export function createAction<Args extends unknown[], Result>(
  options: ActionOptions<Args, Result>,
): Action<Args> {
  const errorText = options.errorText ?? (options.onError ? undefined : kitErrorText());
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const status = options.announce ? usePortal().status : undefined;

  const run = async (...args: Args): Promise<boolean> => {
    if (busy()) return false;
    setBusy(true);
    setError(undefined);
    try {
      const result = await options.run(...args);
      await options.onSuccess?.(result, ...args);
      if (options.announce && options.announce !== true) {
        status?.announce(options.announce.done(result, ...args), 'success');
      }
      options.refetch?.();
      return true;
    } catch (caught) {
      if (options.onError) options.onError(caught);
      else if (status && errorText) status.announce(errorText(caught), 'error');
      else setError(errorText?.(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { run, busy, error, setError: (message) => setError(message) };
}

/** The kit's words for an API error, in the portal's language. */
function kitErrorText(): (error: unknown) => string {
  const { i18n } = usePortal();
  return (error) => i18n.t(errorMessageKey(error));
}
