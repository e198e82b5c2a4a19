import type { OcmwKey } from '../../i18n/ocmw.dictionary.nl';
import { plural } from '../../portal';

/**
 * How many results a list holds, in the singular or plural text (`one`, `other`), read out politely
 * whenever it changes; empty until the first answer is in.
 */
export function ResultCount(props: { total: number | undefined; one: OcmwKey; other: OcmwKey }) {
  return (
    <p class="result-count" role="status" aria-live="polite">
      {props.total === undefined ? '' : plural(props.total, { one: props.one, other: props.other })}
    </p>
  );
}
