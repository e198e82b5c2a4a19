import { usePageTitle } from '@digipakket/portal-kit';
import { type JSX, Show } from 'solid-js';

/**
 * A list page's heading with the action beside it (a link such as "New client") and the lead
 * paragraph under it; the browser tab takes the heading as its title.
 */
export function PageHeader(props: { title: string; lead?: string; action?: JSX.Element }) {
  usePageTitle(() => props.title);
  return (
    <>
      <div class="page-header">
        <h1>{props.title}</h1>
        {props.action}
      </div>
      <Show when={props.lead}>
        <p class="lead">{props.lead}</p>
      </Show>
    </>
  );
}
