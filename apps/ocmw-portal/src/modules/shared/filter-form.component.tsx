import { DateField } from '@digipakket/portal-kit';
import { For, type JSX } from 'solid-js';

/** A form of filters that apply as they change: pressing Enter in one sends nothing. */
export function FilterForm(props: { class: string; label: string; children: JSX.Element }) {
  return (
    <form class={props.class} onSubmit={(event) => event.preventDefault()} aria-label={props.label}>
      {props.children}
    </form>
  );
}

/** A period as the date fields write it: either end may be empty (`''`) for no bound. */
export interface Period {
  from: string;
  to: string;
}

const PERIOD_ENDS = ['from', 'to'] as const;

/**
 * The first and last day of a period, either left empty: the fields are named `<name>-from` and
 * `<name>-to`; `optional` says so after their labels.
 */
export function PeriodFields(props: {
  name: string;
  labels: Period;
  period: Period;
  onPeriod: (period: Period) => void;
  optional?: boolean;
}) {
  return (
    <For each={PERIOD_ENDS}>
      {(end) => (
        <DateField
          name={`${props.name}-${end}`}
          label={props.labels[end]}
          required={false}
          optional={props.optional}
          value={props.period[end]}
          onValue={(value) => props.onPeriod({ ...props.period, [end]: value })}
        />
      )}
    </For>
  );
}
