import { Show } from 'solid-js';
import { i18n } from '../../portal';
import { type DataFreshness, freshnessText } from './data-freshness';

/** Says how old a report's figures are when they come from the standby; nothing when from the primary. */
export function DataFreshnessNote(props: { freshness: DataFreshness }) {
  return (
    <Show when={freshnessText({ freshness: props.freshness, i18n })}>
      {(text) => (
        <p class="muted data-freshness" role="note">
          {text()}
        </p>
      )}
    </Show>
  );
}
