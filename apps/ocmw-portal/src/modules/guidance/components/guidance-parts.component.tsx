import { type JSX, Show } from 'solid-js';

/**
 * A form's submit button that stays focusable while the form's write runs, marked aria-disabled
 * then; the form's own action ignores a second press.
 */
export function BusySubmit(props: { busy: boolean; primary?: boolean; children: JSX.Element }) {
  return (
    <button
      type="submit"
      class={props.primary ? 'button button--primary' : 'button button--secondary'}
      aria-disabled={props.busy ? 'true' : undefined}
    >
      {props.children}
    </button>
  );
}

/** Its content once opened, and until then the button (`label`) that opens it. */
export function OpenedBy(props: { open: boolean; onOpen: () => void; label: string; children: JSX.Element }) {
  return (
    <Show
      when={props.open}
      fallback={
        <button type="button" class="button button--secondary" onClick={() => props.onOpen()}>
          {props.label}
        </button>
      }
    >
      {props.children}
    </Show>
  );
}
