import { For } from 'solid-js';

/** A question with one answer out of a few: radio buttons named `name`, in a fieldset with its legend. */
export function RadioGroup<Option extends string>(props: {
  legend: string;
  /** Keeps the legend for screen readers only, where the form around it says the question already. */
  legendHidden?: boolean;
  name: string;
  options: readonly Option[];
  label: (option: Option) => string;
  value: Option | undefined;
  onValue: (option: Option) => void;
  disabled?: boolean;
  class?: string;
}) {
  return (
    <fieldset class={props.class}>
      <legend class={props.legendHidden ? 'visually-hidden' : undefined}>{props.legend}</legend>
      <For each={props.options}>
        {(option) => (
          <label class="choice">
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              disabled={props.disabled}
              onChange={() => props.onValue(option)}
            />{' '}
            {props.label(option)}
          </label>
        )}
      </For>
    </fieldset>
  );
}
