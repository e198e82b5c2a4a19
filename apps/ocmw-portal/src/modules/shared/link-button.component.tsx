import { A } from '@solidjs/router';

/** A link drawn as a button: the page's main way on when `primary`, a side way otherwise. */
export function LinkButton(props: { href: string; label: string; primary?: boolean }) {
  return (
    <A href={props.href} class={props.primary ? 'button button--primary' : 'button button--secondary'}>
      {props.label}
    </A>
  );
}
