import { createAction, usePortal } from '@digipakket/portal-kit';
import { For, type JSX } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { errorText } from '../../shared/error-text';

/** A translation key built from an API code; unknown codes show the code itself rather than nothing. */
export function codeText(prefix: string, code: string): string {
  const key = `${prefix}.${code}` as OcmwKey;
  const text = t(key);
  return text === key ? code : text;
}

/** One track of the client page: a card with its title and, beside it, the track's next step. */
export function Section(props: {
  id: string;
  title: string;
  children: JSX.Element;
  actions?: JSX.Element;
  wide?: boolean;
  /** The card's own id, for links that jump to it. */
  anchor?: string;
}) {
  return (
    <section
      class="card track"
      classList={{ 'track--wide': Boolean(props.wide) }}
      aria-labelledby={props.id}
      id={props.anchor}
    >
      <div class="track__header">
        <h2 id={props.id}>{props.title}</h2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

/** One fact of a description list: its term and its value; `wide` spans the list's width. */
export function FactRow(props: { term: string; wide?: boolean; children: JSX.Element }) {
  return (
    <div class="facts__row" classList={{ 'facts__row--wide': Boolean(props.wide) }}>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** The track's facts as a description list. */
export function Facts(props: { items: [string, JSX.Element][] }) {
  return (
    <dl class="facts">
      <For each={props.items}>{([term, value]) => <FactRow term={term}>{value}</FactRow>}</For>
    </dl>
  );
}

/** A one-button action with its own error line, so a refusal shows beside what caused it. */
export function useTrackAction(refetch: () => void) {
  const { status } = usePortal();
  return createAction({
    run: (work: () => Promise<unknown>, _done: string) => work(),
    onSuccess: (_result, _work, done) => status.announce(done),
    refetch,
    errorText,
  });
}
