import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import { errorMessageKey } from '../api/error-messages';
import { kitNl } from '../i18n/kit.dictionary.nl';
import { mountInPortal } from '../session/portal.fixtures';
import { ActionButton } from './action-button.component';
import { type Action, type ActionOptions, createAction } from './create-action';

/** Makes the action inside a portal, as a page does. */
function withPortal<Args extends unknown[], Result>(options: ActionOptions<Args, Result>): Action<Args> {
  let action: Action<Args> | undefined;
  mountInPortal(() => {
    action = createAction(options);
    return null;
  });
  return action!;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const conflict = new ApiError({ status: 409, code: 'cheque.already_redeemed', message: 'Already redeemed' });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createAction', () => {
  it('is busy while the work runs and ignores a second start meanwhile', async () => {
    const work = deferred<string>();
    let calls = 0;
    const action = withPortal({
      run: () => {
        calls += 1;
        return work.promise;
      },
    });
    expect(action.busy()).toBe(false);
    const first = action.run();
    expect(action.busy()).toBe(true);
    expect(await action.run()).toBe(false);
    expect(calls).toBe(1);
    work.resolve('done');
    expect(await first).toBe(true);
    expect(action.busy()).toBe(false);
  });

  it('hands the answer and the arguments to onSuccess, then loads the page data again', async () => {
    const order: string[] = [];
    const action = withPortal({
      run: async (amount: number) => amount * 2,
      onSuccess: (result, amount) => order.push(`success ${result} from ${amount}`),
      refetch: () => order.push('refetch'),
    });
    expect(await action.run(21)).toBe(true);
    expect(order).toEqual(['success 42 from 21', 'refetch']);
    expect(action.error()).toBeUndefined();
  });

  it("words a refusal with the kit's message for its code, in the portal's language, and does not refetch", async () => {
    let refetched = false;
    const action = withPortal({
      run: () => Promise.reject(new ApiError({ status: 0, code: 'network.unreachable', message: 'offline' })),
      refetch: () => {
        refetched = true;
      },
    });
    expect(await action.run()).toBe(false);
    expect(action.error()).toBe(kitNl['error.network']);
    expect(action.busy()).toBe(false);
    expect(refetched).toBe(false);
  });

  it("uses the portal's own words for an error when it gives them, and clears them at the next start", async () => {
    let fail = true;
    const action = withPortal({
      run: async () => {
        if (fail) throw conflict;
        return 'ok';
      },
      errorText: (error) => (error instanceof ApiError ? `refused: ${error.code}` : 'other'),
    });
    await action.run();
    expect(action.error()).toBe('refused: cheque.already_redeemed');
    fail = false;
    const again = action.run();
    expect(action.error()).toBeUndefined();
    await again;
    expect(action.error()).toBeUndefined();
  });

  it('lets onError take a refusal over instead of the error line', async () => {
    const seen: unknown[] = [];
    const action = createRoot(() =>
      createAction({ run: () => Promise.reject(conflict), onError: (error) => seen.push(error) }),
    );
    await action.run();
    expect(seen).toEqual([conflict]);
    expect(action.error()).toBeUndefined();
  });

  it('announces the outcome in the status region when asked, instead of the error line', async () => {
    let fail = false;
    let action: Action<[string]> | undefined;
    const { portal } = mountInPortal(() => {
      action = createAction({
        run: async (name: string) => {
          if (fail) throw conflict;
          return name.length;
        },
        announce: { done: (length, name) => `${name}: ${length}` },
      });
      return null;
    });
    await action!.run('Anna');
    expect(portal.status.message()).toMatchObject({ text: 'Anna: 4', tone: 'success' });

    fail = true;
    expect(await action!.run('Anna')).toBe(false);
    expect(portal.status.message()).toMatchObject({ text: kitNl[errorMessageKey(conflict)], tone: 'error' });
    expect(action!.error()).toBeUndefined();
  });

  it('counts a failure in onSuccess as a failure of the action', async () => {
    const action = withPortal({
      run: async () => 'ok',
      onSuccess: () => {
        throw new Error('broken');
      },
    });
    expect(await action.run()).toBe(false);
    expect(action.error()).toBe(kitNl['error.unexpected']);
  });
});

describe('ActionButton', () => {
  it('starts its action and cannot be pressed again until the action is done', async () => {
    const work = deferred<string>();
    let calls = 0;
    const { host } = mountInPortal(() => {
      const action = createAction({
        run: () => {
          calls += 1;
          return work.promise;
        },
      });
      return <ActionButton action={action}>Opnieuw</ActionButton>;
    });
    const button = host.querySelector('button')!;
    expect(button.className).toBe('button button--secondary');
    expect(button.type).toBe('button');

    button.click();
    expect(calls).toBe(1);
    expect(button.disabled).toBe(true);

    work.resolve('ok');
    await work.promise;
    await Promise.resolve();
    expect(button.disabled).toBe(false);
  });
});
