import { For } from 'solid-js';

/** A question with any number of answers: checkboxes in a fieldset with its legend, `value` the chosen ones. */
export function CheckboxGroup<Option extends string | number>(props: {
  legend: string;
  options: readonly Option[];
  label: (option: Option) => string;
  value: readonly Option[];
  onValue: (chosen: Option[]) => void;
}) {
  const toggle = (option: Option, checked: boolean) =>
    props.onValue(checked ? [...props.value, option] : props.value.filter((item) => item !== option));
  return (
    <fieldset class="field choice-grid">
      <legend class="field__label">{props.legend}</legend>
      <For each={props.options}>
        {(option) => (
          <label class="choice">
            <input
              type="checkbox"
              checked={props.value.includes(option)}
              onChange={(event) => toggle(option, event.currentTarget.checked)}
            />
            <span>{props.label(option)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
