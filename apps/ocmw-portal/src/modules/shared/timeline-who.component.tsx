import { Show } from 'solid-js';
import { t } from '../../portal';

/** A timeline entry's "by whom, for which organisation"; nothing when the entry names no one. */
export function TimelineWho(props: {
  name: string | null | undefined;
  organisation: string | null | undefined;
}) {
  return (
    <Show when={props.name}>
      <span class="timeline__who">
        {t('client.timeline.by', { name: props.name ?? '', organisation: props.organisation ?? '' })}
      </span>
    </Show>
  );
}
