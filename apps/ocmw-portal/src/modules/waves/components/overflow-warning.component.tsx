import { For } from 'solid-js';
import { t } from '../../../portal';
import type { Overflow } from '../waves.services';

/** Says which capacity a plan goes beyond and by how much. */
export function OverflowWarning(props: { title: string; overflows: Overflow[]; id?: string }) {
  return (
    <div class="notice notice--warning" role="alert" id={props.id}>
      <p>
        <strong>{props.title}</strong>
      </p>
      <ul>
        <For each={props.overflows}>
          {(overflow) => (
            <li>
              {t(`waves.overflow.${overflow.capacity}`, {
                needed: overflow.needed,
                limit: overflow.limit,
                over: overflow.overflowBy,
              })}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
