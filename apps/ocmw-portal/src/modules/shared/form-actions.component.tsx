import type { JSX } from 'solid-js';

/**
 * A form's row of buttons: its submit button first (`submit` its words), disabled while `busy`,
 * then the form's other buttons and links.
 */
export function FormActions(props: { submit: string; busy?: boolean; children?: JSX.Element }) {
  return (
    <div class="form__actions">
      <button type="submit" class="button button--primary" disabled={props.busy}>
        {props.submit}
      </button>
      {props.children}
    </div>
  );
}
