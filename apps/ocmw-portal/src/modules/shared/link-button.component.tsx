import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';

/** A link drawn as a button: the page's main way on when `primary`, a side way otherwise. */
export function LinkButton(props: { href: string; primary?: boolean; children: JSX.Element }) {
  return (
    <A href={props.href} class={props.primary ? 'button button--primary' : 'button button--secondary'}>
      {props.children}
    </A>
  );
}
