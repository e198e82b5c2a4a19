import type { JSX } from 'solid-js';
import type { Action } from './create-action';

/** A button that starts an action of no arguments; it cannot be pressed again while the action runs. */
export function ActionButton(props: {
  action: Action<[]>;
  class?: string | undefined;
  children: JSX.Element;
}) {
  return (
    <button
      type="button"
      class={props.class ?? 'button button--secondary'}
      disabled={props.action.busy()}
      onClick={() => void props.action.run()}
    >
      {props.children}
    </button>
  );
}
